"""The data package: fields, units, rows, writing, codebook, validation and loading."""
