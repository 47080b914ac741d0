"""Background processing: analysis tasks (run on Dask or inline) and their persistence."""
