//go:build !linux

package cli

// hugeHeap does nothing outside Linux (hugeheap_linux.go).
func hugeHeap() error { return nil }
