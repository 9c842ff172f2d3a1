"""Machine translation: engines behind one protocol and the pipeline around them."""
