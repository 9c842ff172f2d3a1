"""The PySide6 face of the workbench. Only this package imports Qt."""
