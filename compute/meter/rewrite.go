package meter

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// maxLocals bounds the locals of one function (parameters included); far
// above what compilers emit, far below what would exhaust memory.
const maxLocals = 1 << 20

// scratch locals a rewritten function may need, in the order they are
// appended after the original locals.
const (
	scratchI32 = iota
	scratchF32
	scratchF64
	scratchV128
	numScratch
)

var scratchType = [numScratch]byte{0x7f, 0x7d, 0x7c, 0x7b}

// rewriteFunc appends the metered version of one function body (locals and
// expression, without the size prefix) to out.
func rewriteFunc(out, code []byte, params uint32, g globals, fx funcIndex, opts Options, info *Info) ([]byte, error) {
	r := &reader{b: code}
	nDecl, err := r.u32()
	if err != nil {
		return nil, err
	}
	declStart := r.pos
	nLocals := uint64(params)
	for i := uint32(0); i < nDecl; i++ {
		c, err := r.u32()
		if err != nil {
			return nil, err
		}
		t, err := r.byte()
		if err != nil {
			return nil, err
		}
		switch t {
		case 0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f:
		default:
			return nil, fmt.Errorf("unsupported local type 0x%02x", t)
		}
		nLocals += uint64(c)
		if nLocals > maxLocals {
			return nil, errors.New("too many locals")
		}
	}
	localsEnd := r.pos

	// First pass: decode, check indices, find which scratch locals are needed.
	var instrs []instr
	var need [numScratch]bool
	depth := 1
	for depth > 0 {
		in, err := r.next()
		if err != nil {
			return nil, fmt.Errorf("at body offset %d: %w", in.start, err)
		}
		switch in.kind {
		case kBlock, kLoop, kIf:
			depth++
		case kEnd:
			depth--
		case kLocal:
			if uint64(in.index) >= nLocals {
				return nil, fmt.Errorf("at body offset %d: local index %d out of range", in.start, in.index)
			}
		case kFuncRef:
			if in.index >= fx.total {
				return nil, fmt.Errorf("at body offset %d: function index %d out of range", in.start, in.index)
			}
		case kGlobal:
			if in.index >= g.total {
				return nil, fmt.Errorf("at body offset %d: global index %d out of range", in.start, in.index)
			}
		case kBulk, kBulkTable, kMemoryGrow:
			need[scratchI32] = true
		case kCanonF32:
			need[scratchF32] = need[scratchF32] || opts.CanonicalizeNaN
		case kCanonF64:
			need[scratchF64] = need[scratchF64] || opts.CanonicalizeNaN
		case kCanonF32x4, kCanonF64x2:
			need[scratchV128] = need[scratchV128] || opts.CanonicalizeNaN
		}
		instrs = append(instrs, in)
	}
	if !r.eof() {
		return nil, errors.New("bytes after the final end")
	}

	// Locals: the original declarations, then one per needed scratch local.
	var idx [numScratch]uint32
	extra := uint32(0)
	next := uint32(nLocals)
	for k := 0; k < numScratch; k++ {
		if need[k] {
			idx[k] = next
			next++
			extra++
		}
	}
	if uint64(next) > maxLocals {
		return nil, errors.New("too many locals")
	}
	out = appendU32(out, nDecl+extra)
	out = append(out, code[declStart:localsEnd]...)
	for k := 0; k < numScratch; k++ {
		if need[k] {
			out = append(out, 0x01, scratchType[k])
		}
	}
	// Second pass: segments of straight-line code, each charged at its start.
	e := emitter{g: g, fx: fx, idx: idx, opts: opts}
	segStart := 0
	for i, in := range instrs {
		if !endsSegment(in.kind) && i != len(instrs)-1 {
			continue
		}
		seg := instrs[segStart : i+1]
		out = e.charge(out, int64(len(seg)))
		info.ChargePoints++
		for _, s := range seg {
			out = e.instr(out, code, s)
		}
		segStart = i + 1
	}
	return out, nil
}

// endsSegment reports whether the code after an instruction of kind k can be
// reached other than by falling through from it (or not at all), so that a
// new charge must start there. br_if does not end a segment: the code after
// it is charged with the code before it, up front, even when the branch is
// taken. That overcharges a little, and deterministically; it halves the
// charge points of a typical loop.
func endsSegment(k kind) bool {
	switch k {
	case kLoop, kIf, kElse, kEnd, kBranch, kNoReturn:
		return true
	}
	return false
}

type emitter struct {
	g    globals
	fx   funcIndex
	idx  [numScratch]uint32
	opts Options
}

// charge appends: remaining -= cost; if remaining < 0 { unreachable }.
func (e *emitter) charge(out []byte, cost int64) []byte {
	out = append(out, 0x23)
	out = appendU32(out, e.g.remaining)
	out = append(out, 0x42)
	out = appendS64(out, cost)
	out = append(out, 0x7d, 0x24) // i64.sub, global.set
	out = appendU32(out, e.g.remaining)
	return e.check(out)
}

// check appends:
//
//	if remaining < 0 { refill(); if remaining < 0 { unreachable } }
func (e *emitter) check(out []byte) []byte {
	out = append(out, 0x23)
	out = appendU32(out, e.g.remaining)
	out = append(out, 0x42, 0x00, 0x53, 0x04, 0x40, 0x10) // i64.const 0, i64.lt_s, if, call
	out = appendU32(out, e.g.refill)
	out = append(out, 0x23)
	out = appendU32(out, e.g.remaining)
	return append(out, 0x42, 0x00, 0x53, 0x04, 0x40, 0x00, 0x0b, 0x0b) // i64.const 0, i64.lt_s, if, unreachable, end, end
}

func (e *emitter) instr(out, code []byte, in instr) []byte {
	bytes := code[in.start:in.end]
	switch in.kind {
	case kBulk, kBulkTable:
		// The count is the i32 on top of the stack: charge count>>BulkShift
		// (bytes) or count (table elements, each a pointer-sized slot).
		shift := byte(BulkShift)
		if in.kind == kBulkTable {
			shift = 0
		}
		s := e.idx[scratchI32]
		out = append(out, 0x21) // local.set s
		out = appendU32(out, s)
		out = append(out, 0x23)
		out = appendU32(out, e.g.remaining)
		out = append(out, 0x20)
		out = appendU32(out, s)
		out = append(out, 0xad, 0x42, shift, 0x88, 0x7d, 0x24) // i64.extend_i32_u, i64.const, i64.shr_u, i64.sub, global.set
		out = appendU32(out, e.g.remaining)
		out = e.check(out)
		out = append(out, 0x20)
		out = appendU32(out, s)
		return append(out, bytes...)
	case kMemoryGrow:
		s := e.idx[scratchI32]
		out = append(out, bytes...)
		out = append(out, 0x22) // local.tee s
		out = appendU32(out, s)
		out = append(out, 0x41, 0x7f, 0x46, 0x04, 0x40, 0x41, 0x01, 0x24) // i32.const -1, i32.eq, if, i32.const 1, global.set
		out = appendU32(out, e.g.growRefused)
		out = append(out, 0x0b, 0x20) // end, local.get s
		return appendU32(out, s)
	case kFuncRef:
		return appendU32(append(out, bytes[0]), e.fx.shift(in.index))
	case kCanonF32, kCanonF64, kCanonF32x4, kCanonF64x2:
		out = append(out, bytes...)
		if !e.opts.CanonicalizeNaN {
			return out
		}
		return e.canon(out, in.kind)
	}
	return append(out, bytes...)
}

// canon appends code that replaces a NaN on top of the stack with the
// canonical NaN: x := top; select(x, NaN, x == x) (bitselect per lane for
// vectors).
func (e *emitter) canon(out []byte, k kind) []byte {
	var s uint32
	switch k {
	case kCanonF32:
		s = e.idx[scratchF32]
		out = append(out, 0x22)
		out = appendU32(out, s)
		out = append(out, 0x43)
		out = binary.LittleEndian.AppendUint32(out, CanonicalNaN32)
	case kCanonF64:
		s = e.idx[scratchF64]
		out = append(out, 0x22)
		out = appendU32(out, s)
		out = append(out, 0x44)
		out = binary.LittleEndian.AppendUint64(out, CanonicalNaN64)
	default:
		s = e.idx[scratchV128]
		out = append(out, 0x22)
		out = appendU32(out, s)
		out = append(out, 0xfd, 0x0c)
		for i := 0; i < 4; i++ {
			if k == kCanonF32x4 {
				out = binary.LittleEndian.AppendUint32(out, CanonicalNaN32)
			} else if i%2 == 0 {
				out = binary.LittleEndian.AppendUint64(out, CanonicalNaN64)
			}
		}
	}
	out = append(out, 0x20)
	out = appendU32(out, s)
	out = append(out, 0x20)
	out = appendU32(out, s)
	switch k {
	case kCanonF32:
		return append(out, 0x5b, 0x1b) // f32.eq, select
	case kCanonF64:
		return append(out, 0x61, 0x1b) // f64.eq, select
	case kCanonF32x4:
		return append(out, 0xfd, 0x41, 0xfd, 0x52) // f32x4.eq, v128.bitselect
	default:
		return append(out, 0xfd, 0x47, 0xfd, 0x52) // f64x2.eq, v128.bitselect
	}
}
