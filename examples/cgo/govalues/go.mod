module memlayout/cgo_example

go 1.19
