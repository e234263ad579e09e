module memlayout/oracle

go 1.19
