"""The transformers backend: NLLB through AutoModelForSeq2SeqLM.

torch and transformers are imported inside the functions, so importing this
module is cheap and the GUI opens fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workbench.core.errors import ModelError, first_line
from workbench.core.i18n import msg
from workbench.core.languages import get_language
from workbench.core.task import TaskState
from workbench.mt.align import from_attention
from workbench.mt.engine import (
    CompletionSettings,
    Continuation,
    GenerationSettings,
    Translation,
    Work,
    completion_budget,
)
from workbench.mt.hardware import NLLB_MAX_INPUT_TOKENS, choose_device, physical_cores

_SCORE_ROWS = 4  # rows per chunk when rescoring (logits are rows x length x 256k floats)


def pick_device(device: str) -> str:
    import torch

    return choose_device(device, torch.cuda.is_available())


class HFEngine:
    """An NLLB model run with transformers; implements workbench.mt.engine.Engine."""

    name = "transformers"

    def __init__(
        self,
        path: str | Path,
        *,
        model_id: str | None = None,
        revision: str = "",
        device: str = "auto",
        threads: int = 0,
        state: TaskState | None = None,
    ) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        # Our own progress goes through TaskState; transformers' bars would garble it.
        hf_logging.disable_progress_bar()
        self.path = Path(path)
        self.model_id = model_id or str(path)
        self.revision = revision
        self.device = pick_device(device)
        if self.device == "cpu":
            torch.set_num_threads(threads or physical_cores())
        if state is not None:
            state.set_status(
                msg("loading {model} on {device}", model=self.model_id, device=self.device)
            )
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(self.path, local_files_only=True)
            if state is not None:
                state.check_cancelled()  # the model load below is the long part
            # fp16 halves GPU memory and is how NLLB is usually run on GPUs; fp32 on CPU.
            dtype = torch.float16 if self.device.startswith("cuda") else torch.float32
            model = AutoModelForSeq2SeqLM.from_pretrained(
                self.path, local_files_only=True, dtype=dtype
            )
        except (OSError, ValueError, KeyError) as exc:
            first = first_line(exc)
            raise ModelError(
                msg("cannot load model {model_id}: {first}", model_id=self.model_id, first=first)
            ) from None
        self.model = model.to(self.device).eval()
        # NLLB's generation config sets max_length=200; we always pass max_new_tokens.
        self.model.generation_config.max_length = None
        limit = getattr(self.tokenizer, "model_max_length", NLLB_MAX_INPUT_TOKENS) or 0
        self.max_input_tokens = min(NLLB_MAX_INPUT_TOKENS, limit) if limit > 0 else 512
        if state is not None:
            state.set_status(
                msg("loaded {model} on {device}", model=self.model_id, device=self.device)
            )

    # -- Engine protocol ------------------------------------------------------
    def count_tokens(self, text: str, src: str) -> int:
        self.tokenizer.src_lang = get_language(src).nllb
        return len(self.tokenizer(text)["input_ids"])

    def translate(
        self,
        sentences: Sequence[str],
        src: str,
        tgt: str,
        settings: GenerationSettings,
        work: Work = Work.THROUGHPUT,  # one torch model, one way to run it: ignored
    ) -> list[Translation]:
        import torch

        if not sentences:
            return []
        tok = self.tokenizer
        tok.src_lang = get_language(src).nllb
        tgt_id = tok.convert_tokens_to_ids(get_language(tgt).nllb)
        enc = tok(
            list(sentences),
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=self.max_input_tokens,
        ).to(self.device)
        input_len = int(enc["attention_mask"].sum(dim=1).max())
        max_new = min(
            settings.max_new_tokens_cap,
            int(input_len * settings.max_length_ratio) + settings.max_length_extra,
        )
        with torch.inference_mode():
            encoder_outputs = self.model.get_encoder()(**enc)
            # generate() expands encoder_outputs in place for beams: keep the original.
            encoder_states = encoder_outputs.last_hidden_state
            sequences = self.model.generate(
                input_ids=enc["input_ids"],
                attention_mask=enc["attention_mask"],
                encoder_outputs=encoder_outputs,
                forced_bos_token_id=tgt_id,
                num_beams=max(1, settings.beam_size),
                do_sample=False,
                max_new_tokens=max_new,
            )
            scores, attention = self._scores(encoder_states, enc["attention_mask"], sequences)
        texts = tok.batch_decode(sequences, skip_special_tokens=True)
        out = []
        for i, (text, score) in enumerate(zip(texts, scores, strict=True)):
            source = tok.convert_ids_to_tokens(enc["input_ids"][i].tolist())
            target = tok.convert_ids_to_tokens(sequences[i, 1:].tolist())
            alignment = from_attention(source, target, attention[i].tolist())
            out.append(Translation(text.strip(), score, alignment))
        return out

    def _scores(self, encoder_states, attention_mask, sequences) -> tuple[list[float], object]:
        """Mean log-probability of each output's tokens, by one teacher-forced pass, and
        the last decoder layer's cross-attention averaged over heads (batch x output
        token x source token), from which inline codes are placed.

        Recomputing beats output_scores, which keeps a batch x 256k-vocabulary
        tensor per generated step. The forced language token is left out.
        """
        import torch

        pad = self.tokenizer.pad_token_id
        # sdpa returns no attention weights: this one pass runs with eager attention.
        previous = self.model.config._attn_implementation
        if previous != "eager":
            self.model.set_attn_implementation("eager")
        try:
            decoded = self.model.get_decoder()(
                input_ids=sequences[:, :-1],
                encoder_hidden_states=encoder_states,
                encoder_attention_mask=attention_mask,
                output_attentions=True,
            )
        finally:
            if previous != "eager":
                self.model.set_attn_implementation(previous)
        hidden = decoded.last_hidden_state
        attention = decoded.cross_attentions[-1].float().mean(dim=1)
        labels = sequences[:, 1:]
        head = self.model.get_output_embeddings()
        out: list[float] = []
        for start in range(0, labels.shape[0], _SCORE_ROWS):
            rows = slice(start, start + _SCORE_ROWS)
            logprobs = torch.log_softmax(head(hidden[rows]).float(), dim=-1)
            picked = logprobs.gather(-1, labels[rows].unsqueeze(-1)).squeeze(-1)
            mask = labels[rows] != pad
            mask[:, 0] = False  # the forced target-language token
            for row_scores, row_mask in zip(picked, mask, strict=True):
                n = int(row_mask.sum())
                out.append(float(row_scores[row_mask].sum()) / n if n else 0.0)
        return out, attention

    def complete(
        self,
        source: str,
        src: str,
        tgt: str,
        prefixes: Sequence[str],
        settings: CompletionSettings,
    ) -> list[list[Continuation]]:
        """What CTranslate2's target_prefix + return_alternatives do, with torch: the
        encoder runs once; per prefix, one decoder pass over [</s>, tgt_lang, *prefix]
        (the forced decoder prefix) gives the top first tokens, and generate()
        continues each of them greedily from decoder_input_ids."""
        import torch
        from transformers.modeling_outputs import BaseModelOutput

        if not prefixes:
            return []
        tok = self.tokenizer
        tok.src_lang = get_language(src).nllb
        start = [
            self.model.config.decoder_start_token_id,
            tok.convert_tokens_to_ids(get_language(tgt).nllb),
        ]
        enc = tok(
            [source], return_tensors="pt", truncation=True, max_length=self.max_input_tokens
        ).to(self.device)
        width = max(1, settings.alternatives)
        out: list[list[Continuation]] = []
        with torch.inference_mode():
            states = self.model.get_encoder()(**enc).last_hidden_state
            for prefix in prefixes:
                forced = tok(prefix, add_special_tokens=False)["input_ids"] if prefix else []
                budget = completion_budget(settings, enc["input_ids"].shape[1], len(forced))
                head = torch.tensor([start + forced], device=self.device)
                logits = self.model(
                    encoder_outputs=BaseModelOutput(last_hidden_state=states),
                    attention_mask=enc["attention_mask"],
                    decoder_input_ids=head,
                ).logits[0, -1]
                logprobs = torch.log_softmax(logits.float(), dim=-1)
                if width > 1:  # as CTranslate2's return_alternatives: no </s> among them
                    logprobs[self.model.config.eos_token_id] = float("-inf")
                first = logprobs.topk(width)
                rows = torch.cat([head.expand(width, -1), first.indices[:, None]], dim=1)
                steps: list = []
                if budget > 1:
                    generated = self.model.generate(
                        encoder_outputs=BaseModelOutput(
                            last_hidden_state=states.expand(width, -1, -1)
                        ),
                        attention_mask=enc["attention_mask"].expand(width, -1),
                        decoder_input_ids=rows,
                        num_beams=1,
                        do_sample=False,
                        max_new_tokens=budget - 1,
                        output_logits=True,
                        return_dict_in_generate=True,
                    )
                    rows, steps = generated.sequences, generated.logits
                out.append(self._continuations(forced, rows, first.values, steps, len(head[0])))
        return out

    def _continuations(self, forced, rows, first_logprobs, steps, head_len) -> list[Continuation]:
        """Cut each row at </s>; its score is the mean log-probability of its new tokens."""
        import torch

        eos = self.model.config.eos_token_id
        step_logprobs = [torch.log_softmax(s.float(), dim=-1) for s in steps]
        out = []
        for r, row in enumerate(rows.tolist()):
            new = row[head_len:]
            total = float(first_logprobs[r])
            count = 1
            finished = new[0] == eos
            for i, token in enumerate(new[1:]):
                if finished:
                    break
                total += float(step_logprobs[i][r, token])
                count += 1
                finished = token == eos
            new = new[:count]
            before = self._decode(forced)
            after = self._decode(forced + new)
            text = after[len(before) :] if after.startswith(before) else after
            out.append(Continuation(text, total / count, finished))
        return out

    def _decode(self, ids: list[int]) -> str:
        return self.tokenizer.decode(
            ids, skip_special_tokens=True, clean_up_tokenization_spaces=False
        )

    def close(self) -> None:
        import gc

        self.model = None
        gc.collect()
        if self.device.startswith("cuda"):
            import torch

            torch.cuda.empty_cache()
