package main

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/store"
)

// benchDataConfig sizes `datatrade bench data`.
type benchDataConfig struct {
	size       int64 // in-memory dataset for throughput
	streamSize int64 // streamed dataset for peak memory
	storeSize  int64
	chunkSize  int
	rounds     int
	dir        string
}

// throughput is one measured rate against its baseline.
type throughput struct {
	MiBps         float64 `json:"MiBps"`
	BaselineMiBps float64 `json:"baselineMiBps"`
	Baseline      string  `json:"baseline"`
	Ratio         float64 `json:"ratio"`
}

type benchDataResult struct {
	GoVersion    string     `json:"goVersion"`
	CPU          string     `json:"cpu"`
	Cores        int        `json:"cores"`
	ChunkSize    int        `json:"chunkSize"`
	DatasetBytes int64      `json:"datasetBytes"`
	Rounds       int        `json:"rounds"`
	Encrypt      throughput `json:"encrypt"`
	Decrypt      throughput `json:"decrypt"`
	Commit       throughput `json:"commit"`
	StorePut     throughput `json:"storePut"`
	StoreGet     throughput `json:"storeGet"`
	Stream       streamMem  `json:"stream"`
	Goals        benchGoals `json:"goals"`
}

type streamMem struct {
	Bytes            int64   `json:"bytes"`
	Seconds          float64 `json:"seconds"`
	MiBps            float64 `json:"MiBps"`
	PeakHeapBytes    uint64  `json:"peakHeapBytes"`
	PeakRSSBytes     uint64  `json:"peakRssBytes"`
	BaselineRSSBytes uint64  `json:"baselineRssBytes"`
	Pipeline         string  `json:"pipeline"`
}

type benchGoals struct {
	EncryptAtLeast80PctOfRaw bool `json:"encryptAtLeast80PctOfRaw"`
	DecryptAtLeast80PctOfRaw bool `json:"decryptAtLeast80PctOfRaw"`
	StreamHeapUnder64MiB     bool `json:"streamHeapUnder64MiB"`
}

func (a *app) newBenchDataCmd() *cobra.Command {
	cfg := benchDataConfig{}
	var size, streamSize, storeSize string
	cmd := &cobra.Command{
		Use:   "data",
		Short: "Measure sealing, commitments and the blob store against raw baselines",
		Long: `Measure, on one core (GOMAXPROCS=1) and in rounds that alternate with their
baselines, best of --rounds:
  encrypt and decrypt throughput   vs raw AES-256-GCM over the same bytes in 1 MiB pieces
  commit throughput                vs raw SHA-256 over the same bytes
  store put and get (CID-checked)  vs writing+fsync and reading a plain file
Then stream --stream-size bytes (default 2 GiB) through generate → encrypt+commit →
decrypt+commit in constant memory and report the peak Go heap (runtime/metrics,
sampled) and the process's peak RSS (VmHWM in /proc/self/status).`,
		Example: `  datatrade bench data
  datatrade bench data --json --size 64MiB --stream-size 512MiB --rounds 2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if cfg.size, err = parseSize(size); err != nil {
				return err
			}
			if cfg.streamSize, err = parseSize(streamSize); err != nil {
				return err
			}
			if cfg.storeSize, err = parseSize(storeSize); err != nil {
				return err
			}
			if cfg.rounds < 1 {
				return usagef("--rounds must be at least 1")
			}
			if cfg.chunkSize < envelope.MinChunkSize || cfg.chunkSize > envelope.MaxChunkSize {
				return usagef("--chunk-size must be between %d and %d", envelope.MinChunkSize, envelope.MaxChunkSize)
			}
			res, err := a.runBenchData(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			return a.emit(res, func(w io.Writer) { printBenchData(w, res) })
		},
	}
	f := cmd.Flags()
	f.StringVar(&size, "size", "128MiB", "in-memory dataset for the throughput figures")
	f.StringVar(&streamSize, "stream-size", "2GiB", "streamed dataset for the peak-memory figure")
	f.StringVar(&storeSize, "store-size", "128MiB", "blob size for the store figures")
	f.IntVar(&cfg.chunkSize, "chunk-size", envelope.DefaultChunkSize, "envelope chunk size")
	f.IntVar(&cfg.rounds, "rounds", 3, "rounds per figure (best is kept)")
	f.StringVar(&cfg.dir, "dir", "", "directory for the store figures (default: a temp dir)")
	return cmd
}

// parseSize parses "256MiB", "2GiB", "64KiB" or a plain byte count.
func parseSize(s string) (int64, error) {
	units := []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}}
	mult := int64(1)
	num := strings.TrimSpace(s)
	for _, u := range units {
		if strings.HasSuffix(num, u.suffix) {
			num, mult = strings.TrimSuffix(num, u.suffix), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
	if err != nil || n <= 0 || n > (1<<50)/mult {
		return 0, usagef("bad size %q (want e.g. 256MiB, 2GiB)", s)
	}
	return n * mult, nil
}

func mibps(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / (1 << 20) / d.Seconds()
}

// best runs f rounds times and returns the shortest duration.
func best(rounds int, f func() error) (time.Duration, error) {
	var min time.Duration
	for i := range rounds {
		start := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		if d := time.Since(start); i == 0 || d < min {
			min = d
		}
	}
	return min, nil
}

// pair measures ours against base, alternating, best of rounds each.
func pair(rounds int, n int64, baseName string, base, ours func() error) (throughput, error) {
	var tb, to time.Duration
	for i := range rounds {
		db, err := best(1, base)
		if err != nil {
			return throughput{}, err
		}
		do, err := best(1, ours)
		if err != nil {
			return throughput{}, err
		}
		if i == 0 || db < tb {
			tb = db
		}
		if i == 0 || do < to {
			to = do
		}
	}
	t := throughput{MiBps: mibps(n, to), BaselineMiBps: mibps(n, tb), Baseline: baseName}
	if t.BaselineMiBps > 0 {
		t.Ratio = t.MiBps / t.BaselineMiBps
	}
	return t, nil
}

func (a *app) runBenchData(ctx context.Context, cfg benchDataConfig) (*benchDataResult, error) {
	res := &benchDataResult{GoVersion: runtime.Version(), CPU: cpuModel(), Cores: runtime.NumCPU(),
		ChunkSize: cfg.chunkSize, DatasetBytes: cfg.size, Rounds: cfg.rounds}
	key, err := envelope.NewDataKey(rand.NewChaCha8([32]byte{1}))
	if err != nil {
		return nil, err
	}
	salt := envelope.ListingSalt{2}
	opts := envelope.WriterOptions{ChunkSize: cfg.chunkSize, DatasetID: envelope.DatasetID{3}}

	// Peak memory first, before the throughput buffers exist.
	a.say("streaming %d MiB through encrypt+commit → decrypt+commit…", cfg.streamSize>>20)
	if res.Stream, err = benchStream(ctx, cfg, key, salt, opts); err != nil {
		return nil, err
	}

	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)

	pt := make([]byte, cfg.size)
	rand.NewChaCha8([32]byte{4}).Read(pt)
	block, err := aes.NewCipher(key[:])
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	cs := cfg.chunkSize
	scratch := make([]byte, cs+envelope.TagSize)
	a.say("encrypt vs raw AES-256-GCM, %d rounds…", cfg.rounds)
	res.Encrypt, err = pair(cfg.rounds, cfg.size, "raw AES-256-GCM seal, 1 core", func() error {
		for off := 0; off < len(pt); off += cs {
			aead.Seal(scratch[:0], nonce, pt[off:min(len(pt), off+cs)], nil)
		}
		return nil
	}, func() error {
		_, _, err := envelope.Encrypt(ctx, io.Discard, bytes.NewReader(pt), key, opts)
		return err
	})
	if err != nil {
		return nil, err
	}

	a.say("commit vs raw SHA-256…")
	res.Commit, err = pair(cfg.rounds, cfg.size, "raw SHA-256, 1 core", func() error {
		sha256.Sum256(pt)
		return nil
	}, func() error {
		_, err := envelope.Commit(ctx, bytes.NewReader(pt), salt, cs)
		return err
	})
	if err != nil {
		return nil, err
	}

	// Decrypt: our sealed stream and a raw sealed copy of the same bytes.
	var sealed bytes.Buffer
	sealed.Grow(int(envelope.SealedSize(cfg.size, cs)))
	if _, _, err := envelope.Encrypt(ctx, &sealed, bytes.NewReader(pt), key, opts); err != nil {
		return nil, err
	}
	raw := make([]byte, 0, len(pt)+(len(pt)/cs+1)*envelope.TagSize)
	for off := 0; off < len(pt); off += cs {
		raw = aead.Seal(raw, nonce, pt[off:min(len(pt), off+cs)], nil)
	}
	pt = nil // let the plaintext go before the next figures
	a.say("decrypt vs raw AES-256-GCM…")
	res.Decrypt, err = pair(cfg.rounds, cfg.size, "raw AES-256-GCM open, 1 core", func() error {
		for off := 0; off < len(raw); off += cs + envelope.TagSize {
			if _, err := aead.Open(scratch[:0], nonce, raw[off:min(len(raw), off+cs+envelope.TagSize)], nil); err != nil {
				return err
			}
		}
		return nil
	}, func() error {
		_, _, err := envelope.Decrypt(ctx, io.Discard, bytes.NewReader(sealed.Bytes()), key)
		return err
	})
	if err != nil {
		return nil, err
	}
	raw, sealed = nil, bytes.Buffer{}

	a.say("store put/get vs plain file write/read…")
	if err := benchStore(ctx, cfg, res); err != nil {
		return nil, err
	}
	res.Goals = benchGoals{
		EncryptAtLeast80PctOfRaw: res.Encrypt.Ratio >= 0.8,
		DecryptAtLeast80PctOfRaw: res.Decrypt.Ratio >= 0.8,
		StreamHeapUnder64MiB:     res.Stream.PeakHeapBytes < 64<<20,
	}
	return res, nil
}

func benchStore(ctx context.Context, cfg benchDataConfig, res *benchDataResult) error {
	dir, err := os.MkdirTemp(cfg.dir, "datatrade-bench-*")
	if err != nil {
		return fmt.Errorf("bench dir: %w", err)
	}
	defer os.RemoveAll(dir)
	s, err := store.OpenLocal(filepath.Join(dir, "store"), store.LocalOptions{})
	if err != nil {
		return err
	}
	blob := make([]byte, cfg.storeSize)
	rand.NewChaCha8([32]byte{5}).Read(blob)
	plain := filepath.Join(dir, "plain")
	round := 0
	var last string
	res.StorePut, err = pair(cfg.rounds, cfg.storeSize, "plain file write + fsync", func() error {
		f, err := os.Create(plain)
		if err != nil {
			return err
		}
		if _, err := f.Write(blob); err != nil {
			f.Close()
			return err
		}
		if err := f.Sync(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}, func() error {
		round++
		blob[0] = byte(round) // a new blob each round, so nothing is deduplicated
		c, _, err := s.Put(ctx, bytes.NewReader(blob))
		last = c.String()
		return err
	})
	if err != nil {
		return err
	}
	c, err := store.ParseCID(last)
	if err != nil {
		return err
	}
	res.StoreGet, err = pair(cfg.rounds, cfg.storeSize, "plain file read", func() error {
		f, err := os.Open(plain)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(io.Discard, f)
		return err
	}, func() error {
		r, err := s.Get(ctx, c)
		if err != nil {
			return err
		}
		defer r.Close()
		_, err = io.Copy(io.Discard, r)
		return err
	})
	return err
}

// patternReader yields n pseudo-random bytes from a repeating 4 MiB pattern,
// cheap enough not to dominate the pipeline.
type patternReader struct {
	pat []byte
	off int
	n   int64
}

func (p *patternReader) Read(b []byte) (int, error) {
	if p.n <= 0 {
		return 0, io.EOF
	}
	k := copy(b[:min(int64(len(b)), p.n)], p.pat[p.off:])
	p.off = (p.off + k) % len(p.pat)
	p.n -= int64(k)
	return k, nil
}

func benchStream(ctx context.Context, cfg benchDataConfig, key envelope.DataKey, salt envelope.ListingSalt, opts envelope.WriterOptions) (streamMem, error) {
	out := streamMem{Bytes: cfg.streamSize, Pipeline: "generate → encrypt+commit → pipe → decrypt+commit → discard"}
	runtime.GC()
	out.BaselineRSSBytes = rssHighWater()
	pat := make([]byte, 4<<20)
	rand.NewChaCha8([32]byte{6}).Read(pat)

	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak {
				peak = v
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()

	start := time.Now()
	pr, pw := io.Pipe()
	encCommit, err := envelope.NewCommitter(salt, opts.ChunkSize, false)
	if err != nil {
		return out, err
	}
	errc := make(chan error, 1)
	go func() {
		_, _, err := envelope.Encrypt(ctx, pw, io.TeeReader(&patternReader{pat: pat, n: cfg.streamSize}, encCommit), key, opts)
		pw.CloseWithError(err)
		errc <- err
	}()
	decCommit, err := envelope.NewCommitter(salt, opts.ChunkSize, false)
	if err != nil {
		return out, err
	}
	_, n, derr := envelope.Decrypt(ctx, decCommit, pr, key)
	eerr := <-errc
	elapsed := time.Since(start)
	close(stop)
	wg.Wait()
	if eerr != nil {
		return out, eerr
	}
	if derr != nil {
		return out, derr
	}
	c1, err1 := encCommit.Commitment()
	c2, err2 := decCommit.Commitment()
	if err1 != nil || err2 != nil || c1 != c2 || n != cfg.streamSize {
		return out, fmt.Errorf("stream bench: round trip mismatch (%d of %d bytes)", n, cfg.streamSize)
	}
	out.Seconds = elapsed.Seconds()
	out.MiBps = mibps(n, elapsed)
	out.PeakHeapBytes = peak
	out.PeakRSSBytes = rssHighWater()
	return out, nil
}

// rssHighWater returns VmHWM (peak resident set) from /proc/self/status,
// or 0 where that file does not exist.
func rssHighWater() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "model name"); ok {
			return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
		}
	}
	return runtime.GOARCH
}

func printBenchData(w io.Writer, r *benchDataResult) {
	fmt.Fprintf(w, "datatrade bench data — %s, %s, %d cores; %d MiB dataset, %d KiB chunks, best of %d\n",
		r.GoVersion, r.CPU, r.Cores, r.DatasetBytes>>20, r.ChunkSize>>10, r.Rounds)
	row := func(name string, t throughput) {
		fmt.Fprintf(w, "  %-9s %8.0f MiB/s   baseline %8.0f MiB/s (%s)   ratio %.2f\n", name, t.MiBps, t.BaselineMiBps, t.Baseline, t.Ratio)
	}
	row("encrypt", r.Encrypt)
	row("decrypt", r.Decrypt)
	row("commit", r.Commit)
	row("store put", r.StorePut)
	row("store get", r.StoreGet)
	fmt.Fprintf(w, "  stream    %d MiB in %.1f s (%.0f MiB/s): peak heap %.1f MiB, peak RSS %.1f MiB (%.1f MiB before)\n",
		r.Stream.Bytes>>20, r.Stream.Seconds, r.Stream.MiBps, float64(r.Stream.PeakHeapBytes)/(1<<20),
		float64(r.Stream.PeakRSSBytes)/(1<<20), float64(r.Stream.BaselineRSSBytes)/(1<<20))
	fmt.Fprintf(w, "  goals: encrypt ≥ 80%% of raw: %t; decrypt ≥ 80%% of raw: %t; streamed heap < 64 MiB: %t\n",
		r.Goals.EncryptAtLeast80PctOfRaw, r.Goals.DecryptAtLeast80PctOfRaw, r.Goals.StreamHeapUnder64MiB)
}
