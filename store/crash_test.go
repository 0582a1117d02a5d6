package store

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

const crashEnv = "DATATRADE_STORE_CRASH_DIR"

// TestMain lets the test binary act as a writer that is killed mid-write
// (see TestLocalCrashMidWrite).
func TestMain(m *testing.M) {
	if dir := os.Getenv(crashEnv); dir != "" {
		crashingWriter(dir)
		return
	}
	os.Exit(m.Run())
}

// stallingReader yields n bytes, says so on stdout, then blocks forever.
type stallingReader struct{ n int }

func (s *stallingReader) Read(p []byte) (int, error) {
	if s.n <= 0 {
		fmt.Println("writing")
		select {}
	}
	k := min(len(p), s.n)
	for i := range p[:k] {
		p[i] = byte(i)
	}
	s.n -= k
	return k, nil
}

func crashingWriter(dir string) {
	s, err := OpenLocal(dir, LocalOptions{})
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(3)
	}
	s.Put(context.Background(), &stallingReader{n: 3 << 20})
	os.Exit(4) // unreachable: the reader never ends
}

// TestLocalCrashMidWrite kills a process in the middle of a Put and checks
// that no blob is visible and that reopening the store cleans up.
func TestLocalCrashMidWrite(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "writing\n" {
		cmd.Process.Kill()
		t.Fatalf("helper said %q, %v", line, err)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	go io.Copy(io.Discard, out)

	tmp, _ := filepath.Glob(filepath.Join(dir, "tmp", "put-*"))
	if len(tmp) != 1 {
		t.Fatalf("want the killed write's temp file, found %v", tmp)
	}
	if blobs, _ := filepath.Glob(filepath.Join(dir, "blobs", "*", "*")); len(blobs) != 0 {
		t.Fatalf("blobs visible after a crash mid-write: %v", blobs)
	}
	if _, err := OpenLocal(dir, LocalOptions{}); err != nil {
		t.Fatal(err)
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, "tmp", "*")); len(tmp) != 0 {
		t.Errorf("reopening left %v", tmp)
	}
}
