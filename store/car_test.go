package store

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/merkledag"
	mdtest "github.com/ipfs/boxo/ipld/merkledag/test"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/ipld/go-car/v2/storage"

	"github.com/datatrade/datatrade"
)

func exportBytes(t *testing.T, s *Local, c cid.Cid) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := ExportCAR(context.Background(), s, c, s.Params(), &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCARRoundTrip(t *testing.T) {
	ctx := context.Background()
	for _, n := range []int{0, 10, 262144*2 + 3, 262144 * 180} {
		src, dst := openTestStore(t), openTestStore(t)
		data := testBytes(uint64(n), n)
		c, _, err := src.Put(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		car := exportBytes(t, src, c)

		// The CAR holds one root, c, and each block hashes to its CID.
		br, err := carv2.NewBlockReader(bytes.NewReader(car))
		if err != nil {
			t.Fatal(err)
		}
		if len(br.Roots) != 1 || !br.Roots[0].Equals(c) {
			t.Fatalf("roots: got %v, want [%s]", br.Roots, c)
		}
		wantBlocks := 1 + (n-1)/262144
		if n > 262144 {
			wantBlocks += 1 + (wantBlocks-1)/174 // internal nodes for up to two levels
			if wantBlocks-1-(n-1)/262144-1 == 1 {
				wantBlocks-- // a single internal level
			}
		}
		blocks := 0
		for {
			bl, err := br.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := checkBlock(bl.Cid(), bl.RawData()); err != nil {
				t.Fatal(err)
			}
			blocks++
		}
		if n <= 262144*2+3 && blocks != wantBlocks {
			t.Errorf("%d bytes: got %d blocks, want %d", n, blocks, wantBlocks)
		}

		got, err := ImportCAR(ctx, dst, bytes.NewReader(car), ImportOptions{TempDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		if !got.Equals(c) {
			t.Fatalf("import: got %s, want %s", got, c)
		}
		r, err := dst.Get(ctx, got)
		if err != nil {
			t.Fatal(err)
		}
		back, err := io.ReadAll(r)
		r.Close()
		if err != nil || !bytes.Equal(back, data) {
			t.Fatalf("imported blob differs (err %v)", err)
		}
	}
}

// boxoCAR builds a CAR with boxo's importer, as an IPFS node would export it.
func boxoCAR(t *testing.T, data []byte, raw bool, cidVersion int) ([]byte, cid.Cid) {
	t.Helper()
	ctx := context.Background()
	ds := mdtest.Mock()
	prefix, _ := merkledag.PrefixForCidVersion(cidVersion)
	dbp := helpers.DagBuilderParams{Dagserv: ds, Maxlinks: 174, RawLeaves: raw, CidBuilder: prefix}
	db, err := dbp.New(chunker.NewSizeSplitter(bytes.NewReader(data), 262144))
	if err != nil {
		t.Fatal(err)
	}
	nd, err := balanced.Layout(db)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w, err := storage.NewWritable(&buf, []cid.Cid{nd.Cid()}, carv2.WriteAsCarV1(true))
	if err != nil {
		t.Fatal(err)
	}
	// Depth-first, root first, as `ipfs dag export` writes.
	var walk func(c cid.Cid)
	walk = func(c cid.Cid) {
		n, err := ds.Get(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Put(ctx, c.KeyString(), n.RawData()); err != nil {
			t.Fatal(err)
		}
		for _, l := range n.Links() {
			walk(l.Cid)
		}
	}
	walk(nd.Cid())
	return buf.Bytes(), nd.Cid()
}

func TestImportCARFromBoxo(t *testing.T) {
	ctx := context.Background()
	data := testBytes(3, 262144*5+1)
	car, root := boxoCAR(t, data, false, 0)
	s := openTestStore(t)
	got, err := ImportCAR(ctx, s, bytes.NewReader(car), ImportOptions{TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equals(Name(root)) {
		t.Fatalf("got %s, want %s (boxo's root %s in version 1)", got, Name(root), root)
	}
}

func TestImportCARBad(t *testing.T) {
	ctx := context.Background()
	data := testBytes(4, 262144*3+5)
	src := openTestStore(t)
	c, _, err := src.Put(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	good := exportBytes(t, src, c)
	rawCAR, _ := boxoCAR(t, data, true, 1)

	// A CAR missing a leaf: rebuild it without its first block.
	var missing bytes.Buffer
	{
		br, _ := carv2.NewBlockReader(bytes.NewReader(good))
		w, _ := storage.NewWritable(&missing, br.Roots, carv2.WriteAsCarV1(true))
		first := true
		for {
			bl, err := br.Next()
			if err != nil {
				break
			}
			if first {
				first = false
				continue
			}
			w.Put(ctx, bl.Cid().KeyString(), bl.RawData())
		}
	}
	var twoRoots bytes.Buffer
	{
		w, _ := storage.NewWritable(&twoRoots, []cid.Cid{c, c}, carv2.WriteAsCarV1(true))
		_ = w
	}
	tampered := bytes.Clone(good)
	tampered[len(tampered)-100] ^= 0x40

	for _, tc := range []struct {
		name string
		car  []byte
		code string
	}{
		{"empty", nil, datatrade.EINVALID},
		{"garbage", []byte("this is not a CAR file at all"), datatrade.EINVALID},
		{"truncated", good[:len(good)-10], datatrade.EINVALID},
		{"tampered block", tampered, datatrade.EINTEGRITY},
		{"missing block", missing.Bytes(), datatrade.EINVALID},
		{"two roots", twoRoots.Bytes(), datatrade.EINVALID},
		{"other settings (raw leaves)", rawCAR, datatrade.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dst := openTestStore(t)
			got, err := ImportCAR(ctx, dst, bytes.NewReader(tc.car), ImportOptions{TempDir: t.TempDir()})
			if datatrade.ErrorCode(err) != tc.code {
				t.Fatalf("got %s, %v; want code %s", got, err, tc.code)
			}
			if n := countBlobs(t, dst); n != 0 {
				t.Errorf("%d blobs kept after a failed import", n)
			}
		})
	}
}

func countBlobs(t *testing.T, s *Local) int {
	t.Helper()
	n := 0
	dirs, _ := filepathGlob(s.dir + "/blobs/*/*")
	n += len(dirs)
	return n
}

func TestExportCARCorruptedBlob(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	data := testBytes(8, 300000)
	c, _, err := s.Put(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	data[10] ^= 1
	if err := writeFile(s.path(c), data); err != nil {
		t.Fatal(err)
	}
	if _, err := ExportCAR(ctx, s, c, s.Params(), io.Discard); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
		t.Fatalf("got %v, want code %s", err, datatrade.EINTEGRITY)
	}
}

func FuzzImportCAR(f *testing.F) {
	ctx := context.Background()
	s, err := OpenLocal(f.TempDir(), LocalOptions{Params: Params{ChunkSize: 64, MaxLinks: 3, CIDVersion: 0}})
	if err != nil {
		f.Fatal(err)
	}
	c, _, err := s.Put(ctx, bytes.NewReader(testBytes(1, 700)))
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := ExportCAR(ctx, s, c, s.Params(), &buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte{})
	tmp := f.TempDir()
	f.Fuzz(func(t *testing.T, car []byte) {
		got, err := ImportCAR(ctx, s, bytes.NewReader(car), ImportOptions{Params: s.Params(), TempDir: tmp, MaxSize: 1 << 20})
		if err == nil {
			// Whatever was accepted must read back intact under its name.
			if err := s.Verify(ctx, got); err != nil {
				t.Fatalf("accepted CAR stored a blob that fails verification: %v", err)
			}
		}
	})
}

func FuzzDecodePBNode(f *testing.F) {
	// Seeds: every block of a small two-level DAG (leaves and their parent).
	b := newDAGBuilder(Params{ChunkSize: 4, MaxLinks: 2, CIDVersion: 0}, func(bl Block) error {
		f.Add(bytes.Clone(bl.Data))
		return nil
	})
	b.Write([]byte("hello, world"))
	if _, _, err := b.Sum(); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		n, err := decodePBNode(b)
		if err != nil {
			return
		}
		if _, err := decodeUnixFSFile(n.data); err != nil {
			return
		}
	})
}

func filepathGlob(pattern string) ([]string, error) { return filepath.Glob(pattern) }

func writeFile(path string, b []byte) error { return os.WriteFile(path, b, 0o600) }
