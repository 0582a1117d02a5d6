package exchange

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/internal/simtest"
	"github.com/datatrade/datatrade/market"
)

// TestAgainstContracts runs the real contracts on go-ethereum's simulated
// chain: the enclave decodes the Escrow's real TradeOpened and the Market's
// real SampleFixed receipts, and its SampleIndices equals the Market's.
func TestAgainstContracts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var keys []*ecdsa.PrivateKey
	alloc := types.GenesisAlloc{}
	ether := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for i := range 4 {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'x'}))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, key)
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), ether)}
	}
	backend := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = backend.Close() })
	c := chain.NewClient(simtest.AutoCommit(t, backend), chain.WithPollInterval(5*time.Millisecond))
	admin, seller, buyer, exOwner := chain.NewAccount(keys[0]), chain.NewAccount(keys[1]), chain.NewAccount(keys[2]), chain.NewAccount(keys[3])
	d, err := market.Deploy(ctx, c, admin, market.DeployOptions{RevealWindow: time.Hour, SampleClaimWindow: time.Minute}, nil)
	if err != nil {
		t.Fatalf("Deploy: %v", err)
	}
	m := market.New(c, d)

	fx := newFixture(t)
	root := fx.tree.Commitment().Root
	const chunks = 85 // sample size min(4, ceil(85/20)) = 4
	listingID, _, err := m.Publish(ctx, seller, market.PublishParams{ContentCID: "bafy-content", Root: root, Size: chunks * chunkSize,
		ChunkCount: chunks, MetadataCID: "bafy-meta", Price: fx.price, Licence: datatrade.UseRight})
	if err != nil {
		t.Fatalf("Publish: %v", err)
	}
	exID, _, err := m.RegisterExchange(ctx, exOwner, market.ExchangeParams{Endpoint: "http://127.0.0.1:1", Fee: big.NewInt(1e15),
		Measurement: common.Hash{1}, EnclaveSigner: fx.f.PublicKeys().SigningAddress, Authenticator: 1, AuthorityKey: admin.Address},
		new(big.Int).Mul(big.NewInt(50), ether))
	if err != nil {
		t.Fatalf("RegisterExchange: %v", err)
	}
	if _, err := c.Transfer(ctx, admin, admin.Address, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	fixRcpt, err := m.Send(ctx, admin, m.FixSampleTx(listingID))
	if err != nil {
		t.Fatalf("fixSample: %v", err)
	}
	onChain, err := m.SampleIndices(ctx, listingID)
	if err != nil {
		t.Fatal(err)
	}
	l, err := matchOne(fixRcpt, d.Market, topicSampleFixed)
	if err != nil {
		t.Fatal(err)
	}
	got := SampleIndices(common.BytesToHash(l.Data), chunks)
	if len(got) != len(onChain) || len(got) != 4 {
		t.Fatalf("SampleIndices = %v, the Market says %v", got, onChain)
	}
	for i := range got {
		if got[i] != uint64(onChain[i]) {
			t.Errorf("sample index %d: %d, the Market says %d", i, got[i], onChain[i])
		}
	}

	tradeID, openRcpt, err := m.Open(ctx, buyer, market.OpenParams{ListingID: listingID, Exchanges: []uint64{exID},
		BuyerPubKey: fx.buyer.Public().Bytes(), Deadline: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	// An enclave configured for this deployment, fed the real receipts.
	cfg := fx.cfg
	cfg.ChainID, cfg.Registry, cfg.Market, cfg.Escrow, cfg.Domain.Salt = d.ChainID, d.Registry, d.Market, d.Escrow, d.Salt
	fx.reconfigure(t, cfg, exID, fx.chain)
	fx.chain.receipts["open"], fx.chain.receipts["fix"] = openRcpt, fixRcpt
	rec, err := fx.p.OpenTrade(tradeID, []byte("open"))
	if err != nil {
		t.Fatalf("OpenTrade on the Escrow's receipt: %v", err)
	}
	tr, err := m.Trade(ctx, tradeID)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Trade.Buyer != buyer.Address || rec.Trade.Seller != seller.Address || rec.Trade.Price.Cmp(fx.price) != 0 ||
		rec.Trade.Root != root || rec.Trade.Listing != listingID || len(rec.Trade.Exchanges) != 1 || rec.Trade.Exchanges[0] != exID ||
		tr.Price.Cmp(rec.Trade.Price) != 0 {
		t.Errorf("enclave record %+v does not match the contract's trade %+v", rec.Trade, tr)
	}
	if err := fx.p.FixSample(tradeID, []byte("fix")); err != nil {
		t.Errorf("FixSample on the Market's receipt: %v", err)
	}
}

// matchOne returns the log of r from contract with topic0.
func matchOne(r *types.Receipt, contract common.Address, topic0 common.Hash) (*types.Log, error) {
	for _, l := range r.Logs {
		if l.Address == contract && len(l.Topics) > 0 && l.Topics[0] == topic0 {
			return l, nil
		}
	}
	return nil, datatrade.Errorf(datatrade.ENOTFOUND, "no such log")
}

// reconfigure gives the fixture a new enclave for cfg as exchange.
func (fx *fixture) reconfigure(t *testing.T, cfg enclave.Config, exchange uint64, chain EvidenceVerifier) {
	t.Helper()
	backend, err := sim.New(sim.Options{Code: []byte("exchange test"), PlatformSecret: bytes.Repeat([]byte{9}, 32), Rand: fx.p.rand})
	if err != nil {
		t.Fatal(err)
	}
	if fx.f, err = enclave.NewFactotum(backend, cfg, fx.p.rand); err != nil {
		t.Fatal(err)
	}
	fx.cfg = cfg
	if fx.p, err = New(Options{Factotum: fx.f, Chain: chain, Exchange: exchange, Rand: fx.p.rand}); err != nil {
		t.Fatal(err)
	}
}
