// A Go program whose only purpose is its DWARF: the runtime's headers (runtime.slice,
// runtime.hmap, runtime.hchan, ...) as the Go compiler laid them out for this GOARCH.
// tests/go/compare.py reads them with pahole and compares them with memlayout's models.
package main

import "fmt"

type shape interface{ area() float64 }

type square struct{ side float64 }

func (s square) area() float64 { return s.side * s.side }

func main() {
	numbers := []int64{1, 2, 3}
	text := "memlayout"
	index := map[string]int{"a": 1}
	queue := make(chan int, 2)
	queue <- len(numbers)
	var anything any = text
	var s shape = square{2}
	fmt.Println(numbers, text, index, <-queue, anything, s.area())
}
