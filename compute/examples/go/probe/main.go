// Command probe is a hostile example guest: it tries every way out of the
// sandbox (files, environment, clock, randomness, network) and prints what
// it got. In the sandbox every answer is fixed (no file, no network, the
// virtual clock, the job-seeded random stream), so the output is the same
// on every run with the same seed. Build it with GOOS=wasip1 GOARCH=wasm.
package main

import (
	"crypto/rand"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	for _, p := range []string{"/etc/passwd", "/", ".", "/proc/self/environ"} {
		_, err := os.ReadFile(p)
		fmt.Printf("read %s: ok=%v\n", p, err == nil)
	}
	_, err := os.Create("/tmp/leak")
	fmt.Printf("create: ok=%v\n", err == nil)
	wd, _ := os.Getwd()
	fmt.Printf("wd=%q env=%q args=%q\n", wd, strings.Join(os.Environ(), ","), os.Args)
	t0 := time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Printf("time=%s slept=%v\n", t0.UTC().Format(time.RFC3339Nano), time.Since(t0) >= 10*time.Millisecond)
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	fmt.Printf("random=%x\n", b)
	_, err = net.Dial("tcp", "127.0.0.1:80")
	fmt.Printf("dial: ok=%v\n", err == nil)
	host, _ := os.Hostname()
	fmt.Printf("host=%q pid=%d\n", host, os.Getpid())
}
