package catalog_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"database/sql"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"math/big"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/internal/simtest"
	"github.com/datatrade/datatrade/market"
)

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// env is a simulated chain with the contracts deployed, named parties and
// a catalog on one of the databases.
type env struct {
	sim                             *simulated.Backend
	c                               *chain.Client
	m                               *market.Client
	d                               *market.Deployment
	admin, seller, pirate, platform *chain.Account
	cat                             *catalog.Catalog
	cfg                             catalog.Config
	manual                          atomic.Bool // stops autoCommit, for reorganisations
}

// newEnv deploys the contracts and opens a catalog with cfg (a driver and
// DSN) and the platform's key.
func newEnv(t testing.TB, cfg catalog.Config) *env {
	t.Helper()
	var keys []*ecdsa.PrivateKey
	alloc := types.GenesisAlloc{}
	for i := 0; i < 4; i++ {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'c', 'a', 't'}))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, key)
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 70)}
	}
	e := &env{sim: simulated.NewBackend(alloc)}
	t.Cleanup(func() { _ = e.sim.Close() })
	e.admin, e.seller, e.pirate, e.platform = chain.NewAccount(keys[0]), chain.NewAccount(keys[1]), chain.NewAccount(keys[2]), chain.NewAccount(keys[3])
	e.c = chain.NewClient(e.autoCommit(t), chain.WithPollInterval(5*time.Millisecond))
	ctx := testCtx(t)
	d, err := market.Deploy(ctx, e.c, e.admin, market.DeployOptions{RevealWindow: time.Hour, SampleClaimWindow: time.Minute}, nil)
	if err != nil {
		t.Fatalf("Deploy: %v", err)
	}
	e.d, e.m = d, market.New(e.c, d)
	cfg.Signer = e.platform
	cfg.Now = func() time.Time { return time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC) }
	e.cfg = cfg
	e.cat = e.open(t)
	return e
}

// open opens the env's catalog (again), closed when the test ends.
func (e *env) open(t testing.TB) *catalog.Catalog {
	t.Helper()
	cat, err := catalog.Open(testCtx(t), e.cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { cat.Close() })
	return cat
}

func (e *env) indexer(cat *catalog.Catalog) *catalog.Indexer {
	return cat.NewIndexer(e.sim.Client(), e.m, catalog.IndexerConfig{Market: e.d.Market, StartBlock: e.d.Block})
}

// sync brings cat's table up to the chain.
func (e *env) sync(t testing.TB, cat *catalog.Catalog) {
	t.Helper()
	if err := e.indexer(cat).Sync(testCtx(t)); err != nil {
		t.Fatalf("indexer Sync: %v", err)
	}
}

// autoCommit returns a backend that seals a block after every transaction,
// unless e.manual is set.
func (e *env) autoCommit(t testing.TB) chain.Backend {
	t.Helper()
	b := simtest.Notify(e.sim.Client())
	b.Commit(t, e.sim, e.manual.Load)
	return b
}

// publishParams lists data with fingerprint fp.
func publishParams(t testing.TB, fp *fingerprint.Fingerprint, cid string) market.PublishParams {
	t.Helper()
	commit, err := fp.Commit()
	if err != nil {
		t.Fatal(err)
	}
	return market.PublishParams{
		ContentCID: cid, Root: crypto.Keccak256Hash([]byte(cid)), Size: 1 << 20, ChunkCount: 4,
		Fingerprint: common.Hash(commit), MetadataCID: cid + "-meta", Price: big.NewInt(1e15), Licence: datatrade.Ownership,
	}
}

// publish lists data with fingerprint fp from the account.
func (e *env) publish(t testing.TB, from *chain.Account, fp *fingerprint.Fingerprint, cid string) uint64 {
	t.Helper()
	id, _, err := e.m.Publish(testCtx(t), from, publishParams(t, fp, cid))
	if err != nil {
		t.Fatalf("Publish: %v", err)
	}
	return id
}

// registered publishes one listing per description from the seller, with
// the fingerprint of photo(seed+i) at the given width (4:3), indexes them
// and registers them; it returns their ids and fingerprints.
func (e *env) registered(t testing.TB, seed uint64, width int, descriptions []string) ([]uint64, []*fingerprint.Fingerprint) {
	t.Helper()
	var ids []uint64
	var fps []*fingerprint.Fingerprint
	for i := range descriptions {
		fp := imageFP(t, photo(seed+uint64(i), width, width*3/4))
		fps = append(fps, fp)
		ids = append(ids, e.publish(t, e.seller, fp, fmt.Sprintf("bafy-%d-%d", seed, i)))
	}
	e.sync(t, e.cat)
	for i, d := range descriptions {
		if err := e.cat.Register(testCtx(t), ids[i], fps[i], d); err != nil {
			t.Fatalf("Register %d: %v", ids[i], err)
		}
	}
	return ids, fps
}

// photo draws a deterministic smooth picture, different for every seed:
// a few low-frequency waves per channel over a gradient, with two discs.
func photo(seed uint64, w, h int) *image.NRGBA {
	rng := rand.New(rand.NewPCG(seed, 0xca7a106))
	type wave struct{ fx, fy, ph, amp float64 }
	var waves [3][3]wave
	var base [3]float64
	for c := range waves {
		base[c] = 40 + rng.Float64()*170
		for i := range waves[c] {
			waves[c][i] = wave{rng.Float64() * 6, rng.Float64() * 6, rng.Float64() * 2 * math.Pi, 15 + rng.Float64()*50}
		}
	}
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			u, v := float64(x)/float64(w), float64(y)/float64(h)
			var px [3]uint8
			for c := range px {
				s := base[c]
				for _, wv := range waves[c] {
					s += wv.amp * math.Sin(2*math.Pi*(wv.fx*u+wv.fy*v)+wv.ph)
				}
				px[c] = uint8(max(0, min(255, s)))
			}
			img.SetNRGBA(x, y, color.NRGBA{px[0], px[1], px[2], 255})
		}
	}
	for range 2 {
		cx, cy, r := rng.IntN(w), rng.IntN(h), h/8+rng.IntN(h/4)
		col := color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 255}
		for y := max(0, cy-r); y < min(h, cy+r); y++ {
			for x := max(0, cx-r); x < min(w, cx+r); x++ {
				if (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r {
					img.SetNRGBA(x, y, col)
				}
			}
		}
	}
	return img
}

// imageFP fingerprints img as a PNG file.
func imageFP(t testing.TB, img image.Image) *fingerprint.Fingerprint {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	fp, err := fingerprint.Compute(context.Background(), &buf, fingerprint.Hint{})
	if err != nil {
		t.Fatalf("Compute: %v", err)
	}
	return fp
}

// pg is the package's throw-away PostgreSQL server, started by the first
// test that needs it and stopped by TestMain; each test gets its own
// database in it.
var pg struct {
	once sync.Once
	dsn  string
	skip string
	err  error
	stop func()
	n    atomic.Int64
}

func TestMain(m *testing.M) {
	code := m.Run()
	if pg.stop != nil {
		pg.stop()
	}
	os.Exit(code)
}

// postgresDSN returns the DSN of a new, empty database on the package's
// server, starting it when needed.
func postgresDSN(t *testing.T) string {
	t.Helper()
	pg.once.Do(func() { pg.dsn, pg.stop, pg.skip, pg.err = startPostgres() })
	if pg.skip != "" {
		t.Skip(pg.skip)
	}
	if pg.err != nil {
		t.Fatalf("start PostgreSQL: %v", pg.err)
	}
	name := fmt.Sprintf("catalog_test_%d", pg.n.Add(1))
	db, err := sql.Open("pgx", pg.dsn+" dbname=postgres")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(testCtx(t), "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	return pg.dsn + " dbname=" + name
}

// startPostgres runs a PostgreSQL server in a temporary directory, on a
// Unix socket only, and returns its DSN without a database name and a
// function that stops it and removes the directory. skip is set when the
// server binaries are missing. initdb and pg_ctl refuse to run as root,
// so as root they run as the postgres user.
func startPostgres() (dsn string, stop func(), skip string, err error) {
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(bins) == 0 {
		return "", nil, "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin; install the postgresql server package to run the PostgreSQL tests", nil
	}
	binDir := filepath.Dir(bins[len(bins)-1])
	var asUser []string
	var owner *user.User
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return "", nil, "running as root and there is no postgres user to run the PostgreSQL server as", nil
		}
		owner, asUser = u, []string{"runuser", "-u", "postgres", "--"}
	}
	dir, err := os.MkdirTemp("", "catalog-pg-")
	if err != nil {
		return "", nil, "", err
	}
	fail := func(err error) (string, func(), string, error) {
		os.RemoveAll(dir)
		return "", nil, "", err
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		return fail(err)
	}
	if owner != nil {
		uid, _ := strconv.Atoi(owner.Uid)
		gid, _ := strconv.Atoi(owner.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			return fail(err)
		}
	}
	run := func(name string, args ...string) error {
		argv := append(append(append([]string(nil), asUser...), filepath.Join(binDir, name)), args...)
		out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("%s: %w\n%s", name, err, out)
		}
		return nil
	}
	data := filepath.Join(dir, "data")
	if err := run("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"); err != nil {
		return fail(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fail(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	if err := run("pg_ctl", "-D", data, "-l", filepath.Join(dir, "server.log"), "-w", "-t", "30",
		"-o", fmt.Sprintf("-k %s -p %d -c listen_addresses='' -c fsync=off -c full_page_writes=off", dir, port), "start"); err != nil {
		return fail(err)
	}
	stop = func() {
		if err := run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
		os.RemoveAll(dir)
	}
	return fmt.Sprintf("host=%s port=%d user=postgres sslmode=disable", dir, port), stop, "", nil
}

// drivers runs fn against SQLite and against PostgreSQL.
func drivers(t *testing.T, fn func(t *testing.T, cfg catalog.Config)) {
	t.Run("sqlite", func(t *testing.T) {
		fn(t, catalog.Config{Driver: catalog.SQLite, DSN: filepath.Join(t.TempDir(), "catalog.db")})
	})
	t.Run("postgres", func(t *testing.T) {
		fn(t, catalog.Config{Driver: catalog.Postgres, DSN: postgresDSN(t)})
	})
}
