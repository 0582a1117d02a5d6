package lightclient

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/datatrade/datatrade"
)

// Limits of an encoded Evidence.
const (
	// MaxEvidenceBytes bounds an encoded Evidence.
	MaxEvidenceBytes = 16 << 20
	// MaxEvidenceHeaders bounds the headers of one Evidence.
	MaxEvidenceHeaders = 4096
)

// evidenceMagic starts every encoded Evidence: a tag and a version byte.
var evidenceMagic = []byte("DTev\x01")

// SignedHeader is a block header with the authority's signature over its
// hash (empty under the "dev" authenticator).
type SignedHeader struct {
	Header    *types.Header
	Signature []byte
}

// Evidence is what the host sends the enclave for one claim: the headers the
// window lacks (oldest first, typically those after the window's head, up
// to a head with enough confirmations on top of the claimed block) and the
// receipt proof of the claimed transaction.
type Evidence struct {
	Headers []SignedHeader
	Receipt ReceiptProof
}

// evidenceRLP is the RLP layout after evidenceMagic.
type evidenceRLP struct {
	Headers   []SignedHeader
	BlockHash common.Hash
	TxIndex   uint64
	Nodes     [][]byte
}

// Encode returns the canonical encoding of e: evidenceMagic followed by the
// RLP list [headers, blockHash, txIndex, proofNodes], each header as
// [header RLP, signature]. DecodeEvidence(e.Encode()) returns e.
//
// It returns EINVALID for evidence that breaks the limits or holds a nil
// header.
func (e *Evidence) Encode() ([]byte, error) {
	if err := e.checkLimits(); err != nil {
		return nil, err
	}
	body, err := rlp.EncodeToBytes(&evidenceRLP{e.Headers, e.Receipt.BlockHash, e.Receipt.TxIndex, e.Receipt.Nodes})
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "evidence cannot be encoded: %v", err)
	}
	out := append(append(make([]byte, 0, len(evidenceMagic)+len(body)), evidenceMagic...), body...)
	if len(out) > MaxEvidenceBytes {
		return nil, datatrade.Errorf(datatrade.EINVALID, "evidence is %d bytes, more than %d", len(out), MaxEvidenceBytes)
	}
	return out, nil
}

func (e *Evidence) checkLimits() error {
	if len(e.Headers) > MaxEvidenceHeaders {
		return datatrade.Errorf(datatrade.EINVALID, "evidence has %d headers, more than %d", len(e.Headers), MaxEvidenceHeaders)
	}
	if len(e.Receipt.Nodes) > MaxProofNodes {
		return datatrade.Errorf(datatrade.EINVALID, "evidence has %d proof nodes, more than %d", len(e.Receipt.Nodes), MaxProofNodes)
	}
	for i, h := range e.Headers {
		if h.Header == nil || h.Header.Number == nil || h.Header.Difficulty == nil {
			return datatrade.Errorf(datatrade.EINVALID, "evidence header %d is incomplete", i)
		}
	}
	return nil
}

// DecodeEvidence decodes the canonical encoding made by Evidence.Encode.
// It accepts only canonical input: whatever it returns re-encodes to b.
// Errors are EINVALID.
func DecodeEvidence(b []byte) (*Evidence, error) {
	if len(b) > MaxEvidenceBytes {
		return nil, datatrade.Errorf(datatrade.EINVALID, "evidence is %d bytes, more than %d", len(b), MaxEvidenceBytes)
	}
	if !bytes.HasPrefix(b, evidenceMagic) {
		return nil, datatrade.Errorf(datatrade.EINVALID, "not datatrade light-client evidence (version 1)")
	}
	var raw evidenceRLP
	if err := rlp.DecodeBytes(b[len(evidenceMagic):], &raw); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "malformed evidence: %v", err)
	}
	e := &Evidence{Headers: raw.Headers, Receipt: ReceiptProof{BlockHash: raw.BlockHash, TxIndex: raw.TxIndex, Nodes: raw.Nodes}}
	again, err := e.Encode()
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(again, b) {
		return nil, datatrade.Errorf(datatrade.EINVALID, "evidence is not canonically encoded")
	}
	return e, nil
}

// VerifyEvidence adds e's headers to the window (oldest first; headers the
// window holds already are skipped), then verifies e's receipt proof and
// that its block is final: on the canonical branch with at least the
// configured Confirmations blocks on top. It returns the receipt of the
// successful transaction; the caller matches the event with MatchEvent.
//
// Errors: those of Add (with the header's position) and VerifyReceipt, and
// ECONFLICT when the block has too few confirmations (the host may try
// again with more headers).
func (c *Client) VerifyEvidence(e *Evidence) (*types.Receipt, error) {
	if err := e.checkLimits(); err != nil {
		return nil, err
	}
	for i, h := range e.Headers {
		if err := c.Add(h.Header, h.Signature); err != nil {
			return nil, fmt.Errorf("evidence header %d: %w", i, err)
		}
	}
	r, err := c.VerifyReceipt(e.Receipt)
	if err != nil {
		return nil, err
	}
	if depth, ok := c.Confirmed(e.Receipt.BlockHash); !ok {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "block %s has %d confirmations, %d needed", e.Receipt.BlockHash, depth, c.cfg.Confirmations)
	}
	return r, nil
}
