"""The use cases as plain functions over a TaskState.

The only layer that drives core and mt together; the GUI and the CLI gather input,
call these functions and show progress and results.
"""
