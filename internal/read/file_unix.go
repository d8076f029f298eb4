//go:build unix

package read

import (
	"os"
	"syscall"
)

// rawFile is a file read with plain system calls: os.File registers
// every file it opens with the runtime's network poller, which costs a
// regular file four fcntl calls and a refused epoll_ctl for nothing (a
// regular file is never waited for). Reading a story is then open, read
// (one, when the file is read whole at once: see readAll) and close.
type rawFile struct{ fd int }

func openFile(path string) (rawFile, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return rawFile{}, &os.PathError{Op: "open", Path: path, Err: err}
		}
		return rawFile{fd}, nil
	}
}

func (f rawFile) read(b []byte) (int, error) {
	for {
		n, err := syscall.Read(f.fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		return n, nil
	}
}

func (f rawFile) close() { syscall.Close(f.fd) }
