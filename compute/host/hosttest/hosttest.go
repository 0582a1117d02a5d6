// Package hosttest is a test fixture for compute nodes on real parts: the
// embedded dev chain with the contracts deployed and blocks kept coming,
// compute/host services with SIMULATED enclaves serving their API over
// real HTTP on 127.0.0.1 and registered with their real endpoints, and
// listings published with a compute policy. Tests of compute/host, the
// seller's agent and the CLI share it. It is for tests only.
package hosttest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// Env is a dev chain with the contracts and a seller's store. Dev keys: 0
// admin, 2 seller, 3 buyer, 4 and up compute node operators.
type Env struct {
	T      *testing.T
	Ctx    context.Context
	Node   *devnode.Node
	M      *market.Client
	D      *market.Deployment
	Jobs   *market.Jobs
	Seller *chain.Account
	Buyer  *chain.Account
	// SellerKey and BuyerKey are the dev keys behind Seller and Buyer.
	SellerKey, BuyerKey *ecdsa.PrivateKey
	// Store is the seller's store of listings' ciphertexts.
	Store store.Store
	// Secrets holds each published listing's secrets by content CID.
	Secrets map[string]envelope.Secrets
	Nodes   []*Node
}

// New starts the chain, deploys the contracts and keeps a block coming
// every 150 ms so that events gain confirmations. Everything stops when the
// test ends.
func New(t *testing.T) *Env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Second)
	t.Cleanup(cancel)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: t.TempDir(), DevAccounts: 8})
	if err != nil {
		t.Fatalf("start the embedded chain: %v", err)
	}
	t.Cleanup(func() { _ = node.Close() })
	keys := node.DevKeys()
	e := &Env{T: t, Ctx: ctx, Node: node, Seller: chain.NewAccount(keys[2]), Buyer: chain.NewAccount(keys[3]),
		SellerKey: keys[2], BuyerKey: keys[3], Secrets: map[string]envelope.Secrets{}}
	c := chain.NewClient(node.Client(), chain.WithPollInterval(10*time.Millisecond))
	if e.D, err = market.Deploy(ctx, c, chain.NewAccount(keys[0]), market.DeployOptions{}, nil); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.M = market.New(c, e.D)
	if e.Jobs, err = e.M.Jobs(); err != nil {
		t.Fatal(err)
	}
	if e.Store, err = store.OpenLocal(t.TempDir(), store.LocalOptions{}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	mctx, stop := context.WithCancel(ctx)
	wg.Go(func() {
		tk := time.NewTicker(150 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-mctx.Done():
				return
			case <-tk.C:
				_, _ = node.IncreaseTime(mctx, time.Second)
			}
		}
	})
	t.Cleanup(func() { stop(); wg.Wait() })
	return e
}

// Logger returns a logger that shows the services' logs with -v.
func Logger() *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.DiscardHandler)
}

// Deployment is the compute/job view of the deployment.
func (e *Env) Deployment() job.Deployment {
	return job.Deployment{ChainID: e.D.ChainID, Jobs: e.D.Jobs, Domain: e.Expected().Domain}
}

// Expected is the enclave configuration a client of the deployment wants.
func (e *Env) Expected() enclave.Config {
	return enclave.Config{ChainID: e.D.ChainID, Registry: e.D.Registry, Market: e.D.Market, Escrow: e.D.Escrow,
		Domain: enclave.Domain{Name: market.DomainName, Version: market.DomainVersion, Salt: e.D.Salt}}
}

// Node is a running compute node service.
type Node struct {
	ID     uint64
	URL    string
	Op     *chain.Account
	Opts   host.Options
	Svc    *host.Service
	Client *host.Client

	e    *Env
	ln   net.Listener
	halt func()
}

// StartNode registers and starts a compute node operated by dev key k
// with a SIMULATED enclave (one build for all nodes, so one measurement):
// first without a node id to read the enclave's identity, then, after
// registering it with its real URL, again with the id (the sealed keys
// keep its signer). source, if not nil, is where it fetches ciphertexts.
func (e *Env) StartNode(k int, source store.Getter) *Node {
	t := e.T
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	n := &Node{URL: "http://" + ln.Addr().String(), Op: chain.NewAccount(e.Node.DevKeys()[k]), e: e, ln: ln}
	backend, err := sim.New(sim.Options{Code: []byte("datatrade compute node test"), PlatformSecret: bytes.Repeat([]byte{byte(k)}, 32), Rand: rand.Reader})
	if err != nil {
		t.Fatal(err)
	}
	n.Opts = host.Options{Market: e.M, RPC: e.Node.RPC(), Account: n.Op, Backend: backend, Dir: t.TempDir(), Source: source,
		Confirmations: 1, PollInterval: 30 * time.Millisecond, Log: Logger()}
	svc, err := host.New(e.Ctx, n.Opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	info := svc.Info()
	if err := svc.Close(); err != nil {
		t.Fatal(err)
	}
	if info.NodeID != 0 || !info.Simulated || info.Platform != "sim" {
		t.Fatalf("unregistered node info %+v, want node 0 on the simulated platform", info)
	}
	if n.ID, _, err = e.Jobs.RegisterNode(e.Ctx, n.Op, market.ComputeNode{Signer: info.Keys.SigningAddress, Measurement: common.Hash(info.MeasurementID),
		Endpoint: n.URL, EvidenceCID: "simulated"}); err != nil {
		t.Fatalf("RegisterNode: %v", err)
	}
	n.Opts.NodeID = n.ID
	n.open()
	if got := n.Svc.Info(); got.Keys.SigningAddress != info.Keys.SigningAddress || got.NodeID != n.ID {
		t.Fatalf("after restart: signer %s node %d, want %s node %d", got.Keys.SigningAddress, got.NodeID, info.Keys.SigningAddress, n.ID)
	}
	e.Nodes = append(e.Nodes, n)
	return n
}

// open opens the service on n's dir and serves it on n's address.
func (n *Node) open() {
	t := n.e.T
	t.Helper()
	svc, err := host.New(n.e.Ctx, n.Opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ln := n.ln
	if ln == nil {
		if ln, err = net.Listen("tcp", n.URL[len("http://"):]); err != nil {
			t.Fatal(err)
		}
	}
	n.ln = nil
	n.Svc = svc
	rctx, stop := context.WithCancel(n.e.Ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(rctx) }()
	srv := &http.Server{Handler: svc.Handler(), ReadHeaderTimeout: 5 * time.Second}
	served := make(chan struct{})
	go func() { _ = srv.Serve(ln); close(served) }()
	var once sync.Once
	n.halt = func() { once.Do(func() { _ = srv.Close(); <-served; stop(); <-done; _ = svc.Close() }) }
	t.Cleanup(n.halt)
	n.Client = host.NewClient(n.URL, nil)
}

// Restart stops n as a crash between two steps would leave it and opens
// it again on the same dir and address.
func (n *Node) Restart() {
	n.e.T.Helper()
	n.halt()
	n.open()
}

// Clients returns the nodes' clients in order.
func (e *Env) Clients() []*host.Client {
	out := make([]*host.Client, len(e.Nodes))
	for i, n := range e.Nodes {
		out[i] = n.Client
	}
	return out
}

// Listing is a published listing.
type Listing struct {
	ID      uint64
	Plain   []byte
	CID     string
	Secrets envelope.Secrets
}

// Publish encrypts plain into the seller's store, publishes it, sets its
// compute policy and allow-lists the algorithms allow.
func (e *Env) Publish(plain []byte, pol market.ComputePolicy, allow ...common.Hash) *Listing {
	t := e.T
	t.Helper()
	var s envelope.Secrets
	var err error
	if s.DataKey, err = envelope.NewDataKey(rand.Reader); err != nil {
		t.Fatal(err)
	}
	if s.ListingSalt, err = envelope.NewListingSalt(rand.Reader); err != nil {
		t.Fatal(err)
	}
	com, err := envelope.Commit(e.Ctx, bytes.NewReader(plain), s.ListingSalt, 1024)
	if err != nil {
		t.Fatal(err)
	}
	var ct bytes.Buffer
	if _, _, err := envelope.Encrypt(e.Ctx, &ct, bytes.NewReader(plain), s.DataKey, envelope.WriterOptions{ChunkSize: 1024, Rand: rand.Reader}); err != nil {
		t.Fatal(err)
	}
	c, _, err := e.Store.Put(e.Ctx, &ct)
	if err != nil {
		t.Fatal(err)
	}
	e.Secrets[c.String()] = s
	id, _, err := e.M.Publish(e.Ctx, e.Seller, market.PublishParams{ContentCID: c.String(), Root: com.Root, Size: com.Size,
		ChunkCount: uint32(com.Leaves()), Price: big.NewInt(2e15), Licence: datatrade.UseRight})
	if err != nil {
		t.Fatalf("publish: %v", err)
	}
	tx, err := e.Jobs.SetPolicyTx(id, pol)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Jobs.Send(e.Ctx, e.Seller, tx); err != nil {
		t.Fatalf("SetPolicy: %v", err)
	}
	for _, h := range allow {
		if _, err := e.Jobs.Send(e.Ctx, e.Seller, e.Jobs.AllowAlgorithmTx(id, h)); err != nil {
			t.Fatalf("AllowAlgorithm: %v", err)
		}
	}
	return &Listing{ID: id, Plain: plain, CID: c.String(), Secrets: s}
}

// CreateJob has the buyer create a job on l over all nodes with quorum 2
// (1 for one node) and returns its id and the buyer's result key.
func (e *Env) CreateJob(l *Listing, module []byte, maxOutput uint64) (uint64, *envelope.PrivateKey) {
	t := e.T
	t.Helper()
	key, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	for _, n := range e.Nodes {
		ids = append(ids, n.ID)
	}
	id, _, err := e.Jobs.CreateJob(e.Ctx, e.Buyer, market.JobParams{Listings: []uint64{l.ID}, AlgorithmHash: job.AlgorithmHash(module),
		Nodes: ids, Quorum: uint32(min(2, len(ids))), RewardPerNode: big.NewInt(1e15), Deadline: time.Now().Add(time.Hour), BuyerKey: key.Public().Bytes(),
		MaxOutput: maxOutput, MaxCost: 1 << 32})
	if err != nil {
		t.Fatalf("CreateJob: %v", err)
	}
	return id, key
}

// Attested verifies every node's attestation (simulation allowed, its own
// measurement) and returns their keys.
func (e *Env) Attested() []enclave.PublicKeys {
	t := e.T
	t.Helper()
	var keys []enclave.PublicKeys
	for _, n := range e.Nodes {
		pol := &enclave.Policy{MeasurementIDs: []enclave.MeasurementID{n.Svc.Info().MeasurementID}, AllowSimulation: true, AllowDebug: true,
			CheckConfig: func(context.Context, *enclave.Config) error { return nil }}
		info, claims, err := host.Verify(e.Ctx, n.Client, enclave.Verifiers{sim.Verifier{}}, pol, e.Expected())
		if err != nil {
			t.Fatalf("verify node %d: %v", n.ID, err)
		}
		if !claims.Simulated || info.NodeID != n.ID || info.Jobs != e.D.Jobs {
			t.Fatalf("node %d attested as %+v (node %d, jobs %s)", n.ID, claims, info.NodeID, info.Jobs)
		}
		keys = append(keys, info.Keys)
	}
	return keys
}

// WaitFor polls n's status of job id until ok (what describes it).
func (n *Node) WaitFor(id uint64, what string, ok func(*host.JobStatus) bool) *host.JobStatus {
	t := n.e.T
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	var last *host.JobStatus
	for time.Now().Before(deadline) {
		if st, err := n.Client.Status(n.e.Ctx, id); err == nil {
			last = st
			if ok(st) {
				return st
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("job %d on node %d: last status %+v, want %s", id, n.ID, last, what)
	return nil
}

// WaitState polls until job id is in state want on n.
func (n *Node) WaitState(id uint64, want string) *host.JobStatus {
	n.e.T.Helper()
	return n.WaitFor(id, want, func(st *host.JobStatus) bool { return st.State == want })
}

// WaitOpened polls until n's enclave opened job id.
func (n *Node) WaitOpened(id uint64) *host.JobStatus {
	n.e.T.Helper()
	return n.WaitFor(id, "opened", func(st *host.JobStatus) bool { return st.Opened })
}
