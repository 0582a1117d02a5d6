package host

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode/authsig/authrpc"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/lightclient/proof"
	"github.com/datatrade/datatrade/market"
)

// EvidenceBuilder builds, on the untrusted host, the chain evidence the
// enclave's light client verifies: a receipt proof against a block's
// receiptsRoot plus the authority-signed headers that link the block to the
// enclave's header window. It reads everything over the chain's JSON-RPC.
// The enclave trusts none of it: a builder that lies only produces
// evidence the enclave refuses.
type EvidenceBuilder struct {
	rpc  *rpc.Client
	eth  *ethclient.Client
	auth string
}

// NewEvidenceBuilder returns a builder reading over c. headerAuth is the
// enclave's header authenticator: with enclave.HeaderAuthAuthority every
// header carries the authority's signature (datatrade_headerSignature);
// with enclave.HeaderAuthDev headers carry none.
func NewEvidenceBuilder(c *rpc.Client, headerAuth string) *EvidenceBuilder {
	return &EvidenceBuilder{rpc: c, eth: ethclient.NewClient(c), auth: headerAuth}
}

// Latest returns the number of the chain's newest block.
func (b *EvidenceBuilder) Latest(ctx context.Context) (uint64, error) {
	n, err := b.eth.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("read the chain's head: %w", err)
	}
	return n, nil
}

// SignedHeader returns header number n with its authority signature (none
// for the dev authenticator).
func (b *EvidenceBuilder) SignedHeader(ctx context.Context, n uint64) (lightclient.SignedHeader, error) {
	h, err := b.eth.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return lightclient.SignedHeader{}, fmt.Errorf("read header %d: %w", n, err)
	}
	sh := lightclient.SignedHeader{Header: h}
	if b.auth == enclave.HeaderAuthDev {
		return sh, nil
	}
	hs, err := authrpc.Fetch(ctx, b.rpc, rpc.BlockNumberOrHashWithHash(h.Hash(), true))
	if err != nil {
		return lightclient.SignedHeader{}, fmt.Errorf("header signature of block %d: %w", n, err)
	}
	if hs.Hash != h.Hash() {
		return lightclient.SignedHeader{}, datatrade.Errorf(datatrade.EINTEGRITY, "the node's header signature for block %d names another block", n)
	}
	sh.Signature = hs.Signature
	return sh, nil
}

// SignedHeaders returns headers from..to (inclusive) with their
// signatures, oldest first; none when from > to.
func (b *EvidenceBuilder) SignedHeaders(ctx context.Context, from, to uint64) ([]lightclient.SignedHeader, error) {
	if from > to {
		return nil, nil
	}
	if to-from+1 > lightclient.MaxEvidenceHeaders {
		return nil, datatrade.Errorf(datatrade.EINVALID, "%d headers are more than one evidence carries (%d)", to-from+1, lightclient.MaxEvidenceHeaders)
	}
	out := make([]lightclient.SignedHeader, 0, to-from+1)
	for n := from; n <= to; n++ {
		sh, err := b.SignedHeader(ctx, n)
		if err != nil {
			return nil, err
		}
		if len(out) > 0 && sh.Header.ParentHash != out[len(out)-1].Header.Hash() {
			return nil, datatrade.Errorf(datatrade.ECONFLICT, "the chain reorganised while reading headers %d–%d; try again", from, to)
		}
		out = append(out, sh)
	}
	return out, nil
}

// Located is where a transaction's receipt sits.
type Located struct {
	Block   uint64
	Hash    common.Hash
	TxIndex uint
}

// Locate returns the block and index of txHash's receipt.
func (b *EvidenceBuilder) Locate(ctx context.Context, txHash common.Hash) (Located, error) {
	r, err := b.eth.TransactionReceipt(ctx, txHash)
	if err != nil {
		return Located{}, datatrade.Errorf(datatrade.ENOTFOUND, "no receipt for transaction %s yet", txHash)
	}
	return Located{Block: r.BlockNumber.Uint64(), Hash: r.BlockHash, TxIndex: r.TransactionIndex}, nil
}

// ForTx returns the evidence of txHash's receipt: the proof of the receipt
// in its block and the signed headers from..to, which must reach from the
// block after the enclave's window head to a head with enough
// confirmations on the receipt's block.
func (b *EvidenceBuilder) ForTx(ctx context.Context, txHash common.Hash, from, to uint64) (*lightclient.Evidence, error) {
	at, err := b.Locate(ctx, txHash)
	if err != nil {
		return nil, err
	}
	h, err := b.eth.HeaderByHash(ctx, at.Hash)
	if err != nil {
		return nil, fmt.Errorf("read header of block %d: %w", at.Block, err)
	}
	rs, err := b.eth.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(at.Hash, false))
	if err != nil {
		return nil, fmt.Errorf("read receipts of block %d: %w", at.Block, err)
	}
	p, err := proof.BuildReceiptProofForBlock(h, types.Receipts(rs), int(at.TxIndex))
	if err != nil {
		return nil, err
	}
	hs, err := b.SignedHeaders(ctx, from, to)
	if err != nil {
		return nil, err
	}
	if len(hs) > 0 && to >= at.Block && from <= at.Block && hs[at.Block-from].Header.Hash() != at.Hash {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "block %d changed while building evidence; try again", at.Block)
	}
	return &lightclient.Evidence{Headers: hs, Receipt: p}, nil
}

// ConfigOptions choose the parts of an enclave configuration that do not
// come from the deployment.
type ConfigOptions struct {
	// HeaderAuth is enclave.HeaderAuthAuthority (default) or HeaderAuthDev.
	HeaderAuth string
	// Authority is the pinned header-signing key. Zero with the authority
	// authenticator asks the node (datatrade_authority): right for the
	// embedded chain the operator runs, but the operator should pin the key
	// explicitly for any chain it does not control.
	Authority common.Address
	// Confirmations is the depth at which the enclave treats events as
	// final.
	Confirmations uint32
	// HeaderWindow is the light client's window (default
	// enclave.DefaultHeaderWindow).
	HeaderWindow uint32
}

// EnclaveConfig returns the attested configuration of an exchange enclave
// for deployment d: chain id and contracts from d, the EIP-712 domain
// {datatrade, 1, d.Salt}, the checkpoint set to the newest block that has
// Confirmations blocks on top, and the header authenticator.
func EnclaveConfig(ctx context.Context, c *rpc.Client, d market.Deployment, opts ConfigOptions) (enclave.Config, error) {
	cfg := enclave.Config{
		ChainID: d.ChainID, Registry: d.Registry, Market: d.Market, Escrow: d.Escrow,
		Domain:        enclave.Domain{Name: market.DomainName, Version: market.DomainVersion, Salt: d.Salt},
		HeaderAuth:    opts.HeaderAuth,
		Authority:     opts.Authority,
		HeaderWindow:  opts.HeaderWindow,
		Confirmations: opts.Confirmations,
	}
	if cfg.HeaderAuth == "" {
		cfg.HeaderAuth = enclave.HeaderAuthAuthority
	}
	if cfg.HeaderWindow == 0 {
		cfg.HeaderWindow = enclave.DefaultHeaderWindow
	}
	if cfg.HeaderAuth == enclave.HeaderAuthAuthority && cfg.Authority == (common.Address{}) {
		a, err := authrpc.FetchAuthority(ctx, c)
		if err != nil {
			return enclave.Config{}, datatrade.Errorf(datatrade.EUNAVAILABLE, "the node names no header authority (%v); pass the authority address", err)
		}
		cfg.Authority = a
	}
	eth := ethclient.NewClient(c)
	id, err := eth.ChainID(ctx)
	if err != nil {
		return enclave.Config{}, fmt.Errorf("read chain id: %w", err)
	}
	if id.Uint64() != d.ChainID {
		return enclave.Config{}, datatrade.Errorf(datatrade.EINVALID, "the deployment is for chain %d, the node serves chain %d", d.ChainID, id)
	}
	head, err := eth.BlockNumber(ctx)
	if err != nil {
		return enclave.Config{}, fmt.Errorf("read the chain's head: %w", err)
	}
	n := head - min(head, uint64(cfg.Confirmations))
	h, err := eth.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return enclave.Config{}, fmt.Errorf("read checkpoint header %d: %w", n, err)
	}
	cfg.Checkpoint = enclave.Checkpoint{Number: n, Hash: h.Hash()}
	if err := cfg.Validate(); err != nil {
		return enclave.Config{}, err
	}
	return cfg, nil
}

// WindowHead returns the newest block in lc's header window (its
// checkpoint before any header was fed): evidence for lc must carry the
// headers from the block after it.
func WindowHead(lc *lightclient.Client) uint64 {
	if h := lc.Head(); h != nil {
		return h.Number.Uint64()
	}
	return lc.Anchor().Number
}

// ForWindow builds encoded evidence for txHash's receipt against the
// enclave light client lc with a header window of window blocks: the
// headers after lc's window head up to the chain's head (at most a window
// past the receipt's block). Long runs of headers are fed into lc first,
// in batches, so that one evidence stays small. Feeding moves lc's head:
// the caller serialises ForWindow with the ECALL that verifies its
// evidence.
func (b *EvidenceBuilder) ForWindow(ctx context.Context, lc *lightclient.Client, window uint32, txHash common.Hash) ([]byte, error) {
	at, err := b.Locate(ctx, txHash)
	if err != nil {
		return nil, err
	}
	latest, err := b.Latest(ctx)
	if err != nil {
		return nil, err
	}
	from := WindowHead(lc) + 1
	to := min(latest, at.Block+uint64(window)-1)
	const batch = 256
	for to >= from && to-from+1 > batch {
		hs, err := b.SignedHeaders(ctx, from, from+batch-1)
		if err != nil {
			return nil, err
		}
		for _, h := range hs {
			if err := lc.Add(h.Header, h.Signature); err != nil {
				return nil, fmt.Errorf("feed header %d: %w", h.Header.Number, err)
			}
		}
		from += batch
	}
	e, err := b.ForTx(ctx, txHash, from, to)
	if err != nil {
		return nil, err
	}
	return e.Encode()
}
