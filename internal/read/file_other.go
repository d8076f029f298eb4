//go:build !unix

package read

import (
	"errors"
	"io"
	"os"
)

// rawFile is an os.File where there is no plain system call to use (see
// file_unix.go).
type rawFile struct{ f *os.File }

func openFile(path string) (rawFile, error) {
	f, err := os.Open(path)
	return rawFile{f}, err
}

func (f rawFile) read(b []byte) (int, error) {
	n, err := f.f.Read(b)
	if errors.Is(err, io.EOF) {
		err = nil
	}
	return n, err
}

func (f rawFile) close() { f.f.Close() }
