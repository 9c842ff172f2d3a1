"""The workbench core: pure Python, no Qt, no torch at import time."""
