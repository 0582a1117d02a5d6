package lightclient_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/chain/devnode/authsig"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/lightclient/proof"
)

// tradePaidTopic is topic0 of the Escrow's
// TradePaid(uint256 indexed tradeId, uint256 amount).
var tradePaidTopic = crypto.Keccak256Hash([]byte("TradePaid(uint256,uint256)"))

// emitterCode is the creation code of a minimal contract that, called with
// 64 bytes (tradeId, amount), emits TradePaid(tradeId, amount) exactly as
// the Escrow does, and reverts on any other call data. Deployed twice, it
// gives the "real" contract and a look-alike at another address.
func emitterCode() []byte {
	runtime := []byte{
		0x36, 0x60, 0x40, 0x14, 0x60, 0x0b, 0x57, // CALLDATASIZE PUSH1 64 EQ PUSH1 ok JUMPI
		0x60, 0x00, 0x80, 0xfd, // PUSH1 0 DUP1 REVERT
		0x5b,                                     // ok: JUMPDEST
		0x60, 0x20, 0x60, 0x20, 0x60, 0x00, 0x37, // CALLDATACOPY(0, 32, 32): the amount
		0x60, 0x00, 0x35, // CALLDATALOAD(0): the trade id
		0x7f, // PUSH32 topic0
	}
	runtime = append(runtime, tradePaidTopic[:]...)
	runtime = append(runtime, 0x60, 0x20, 0x60, 0x00, 0xa2, 0x00) // LOG2(0, 32, topic0, id) STOP
	init := []byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}
	return append(init, runtime...)
}

// block is one block of the recorded dev chain.
type block struct {
	header   *types.Header
	sig      []byte
	receipts types.Receipts
}

// recording is a real dev chain, recorded once per test binary: its blocks
// from genesis to head, and where the interesting transactions landed.
type recording struct {
	authority common.Address
	blocks    []block // blocks[i] has number i
	escrow    common.Address
	lookAlike common.Address
	price     *big.Int
	// paid is TradePaid(1, price) from escrow; fake is the same event from
	// lookAlike; failed is a reverted call to escrow. Each is (block, index).
	paid, fake, failed txPos
}

type txPos struct{ block, index int }

var (
	recOnce sync.Once
	rec     *recording
	recErr  error
)

// chainRecording starts the embedded chain in a temp dir on free ports,
// deploys the emitter twice, pays trade 1, fakes a payment from the
// look-alike, makes a call fail, adds blocks on top and records everything.
func chainRecording(t *testing.T) *recording {
	t.Helper()
	recOnce.Do(func() { rec, recErr = record() })
	if recErr != nil {
		t.Fatalf("record dev chain: %v", recErr)
	}
	return rec
}

func record() (*recording, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir, err := os.MkdirTemp("", "lightclient-test-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	n, err := devnode.Start(ctx, devnode.Config{DataDir: dir, DevAccounts: 2})
	if err != nil {
		return nil, err
	}
	defer n.Close()
	c := n.Client()
	key := n.DevKeys()[0]
	s := &sender{ctx: ctx, c: c, key: key, chainID: n.ChainID()}
	r := &recording{authority: n.AuthorityAddress(), price: big.NewInt(3 * params.Ether)}

	// One burst, so that blocks hold several receipts: the contracts'
	// addresses follow from the sender's nonces.
	from := crypto.PubkeyToAddress(key.PublicKey)
	r.escrow, r.lookAlike = crypto.CreateAddress(from, 0), crypto.CreateAddress(from, 1)
	other := n.DevAddresses()[1]
	payData := append(common.BigToHash(big.NewInt(1)).Bytes(), common.BigToHash(r.price).Bytes()...)
	type step struct {
		to   *common.Address
		gas  uint64
		data []byte
		pos  *txPos
	}
	steps := []step{
		{nil, 200_000, emitterCode(), nil},
		{nil, 200_000, emitterCode(), nil},
		{&other, params.TxGas, nil, nil},
		{&other, params.TxGas, nil, nil},
		{&r.escrow, 100_000, payData, &r.paid},
		{&other, params.TxGas, nil, nil},
		{&r.lookAlike, 100_000, payData, &r.fake},
		{&r.escrow, 100_000, nil, &r.failed},
		{&other, params.TxGas, nil, nil},
	}
	var txs []*types.Transaction
	for _, st := range steps {
		tx, err := s.send(st.to, st.gas, st.data)
		if err != nil {
			return nil, err
		}
		txs = append(txs, tx)
	}
	for i, tx := range txs {
		rc, err := s.wait(tx)
		if err != nil {
			return nil, err
		}
		if steps[i].pos != nil {
			*steps[i].pos = txPos{int(rc.BlockNumber.Int64()), int(rc.TransactionIndex)}
		}
	}
	// Confirmations on top.
	for range 12 {
		tx, err := s.send(&other, params.TxGas, nil)
		if err != nil {
			return nil, err
		}
		if _, err := s.wait(tx); err != nil {
			return nil, err
		}
	}
	head := n.Head().Number.Uint64()
	for i := uint64(0); i <= head; i++ {
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(i))
		if err != nil {
			return nil, err
		}
		hs, err := n.HeaderSignature(i)
		if err != nil {
			return nil, err
		}
		rcpts, err := c.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(h.Hash(), false))
		if err != nil {
			return nil, err
		}
		r.blocks = append(r.blocks, block{header: h, sig: hs.Signature, receipts: rcpts})
	}
	return r, nil
}

// sender sends transactions from one key with consecutive nonces.
type sender struct {
	ctx     context.Context
	c       *ethclient.Client
	key     *ecdsa.PrivateKey
	chainID *big.Int
	nonce   uint64
}

func (s *sender) send(to *common.Address, gas uint64, data []byte) (*types.Transaction, error) {
	tx := types.MustSignNewTx(s.key, types.LatestSignerForChainID(s.chainID), &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: s.nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: gas, To: to, Value: big.NewInt(0), Data: data,
	})
	if err := s.c.SendTransaction(s.ctx, tx); err != nil {
		return nil, err
	}
	s.nonce++
	return tx, nil
}

func (s *sender) wait(tx *types.Transaction) (*types.Receipt, error) {
	for {
		r, err := s.c.TransactionReceipt(s.ctx, tx.Hash())
		if err == nil {
			return r, nil
		}
		select {
		case <-s.ctx.Done():
			return nil, errors.Join(s.ctx.Err(), err)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// config returns an "authority" configuration anchored at the recording's
// genesis.
func (r *recording) config(window, confirmations uint32) enclave.Config {
	return enclave.Config{
		ChainID: 1337, Registry: common.HexToAddress("0x01"), Market: common.HexToAddress("0x02"), Escrow: r.escrow,
		Domain:        enclave.Domain{Name: "datatrade", Version: "1"},
		Checkpoint:    enclave.Checkpoint{Number: 0, Hash: r.blocks[0].header.Hash()},
		HeaderAuth:    enclave.HeaderAuthAuthority,
		Authority:     r.authority,
		HeaderWindow:  window,
		Confirmations: confirmations,
	}
}

// client returns a light client over r.config fed blocks 1..upTo.
func (r *recording) client(t *testing.T, window, confirmations uint32, upTo int) *lightclient.Client {
	t.Helper()
	lc, err := lightclient.New(r.config(window, confirmations), lightclient.Options{})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	r.feed(t, lc, 1, upTo)
	return lc
}

// feed adds blocks from..to (inclusive) to lc.
func (r *recording) feed(t *testing.T, lc *lightclient.Client, from, to int) {
	t.Helper()
	for i := from; i <= to; i++ {
		if err := lc.Add(r.blocks[i].header, r.blocks[i].sig); err != nil {
			t.Fatalf("Add(block %d): %v", i, err)
		}
	}
}

// proof returns the receipt proof of pos.
func (r *recording) proof(t *testing.T, pos txPos) lightclient.ReceiptProof {
	t.Helper()
	b := r.blocks[pos.block]
	p, err := proof.BuildReceiptProofForBlock(b.header, b.receipts, pos.index)
	if err != nil {
		t.Fatalf("BuildReceiptProofForBlock: %v", err)
	}
	return p
}

func (r *recording) head() int { return len(r.blocks) - 1 }

// wantCode fails t unless err carries the datatrade error code want ("" for
// no error).
func wantCode(t *testing.T, what string, err error, want string) {
	t.Helper()
	if want == "" {
		if err != nil {
			t.Fatalf("%s: unexpected error %v", what, err)
		}
		return
	}
	if err == nil {
		t.Fatalf("%s: got no error, want %s", what, want)
	}
	if got := datatrade.ErrorCode(err); got != want {
		t.Fatalf("%s: got code %s (%v), want %s", what, got, err, want)
	}
}

// signed returns h's hash signature by key.
func signed(t *testing.T, h *types.Header, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	sig, err := authsig.Sign(h.Hash(), key)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}
