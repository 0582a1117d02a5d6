package meter

import (
	"errors"
	"fmt"
)

// kind classifies an instruction for the rewriter.
type kind uint8

const (
	kPlain      kind = iota // no effect on control flow, no rewriting
	kBlock                  // block: enters a block, falls through
	kLoop                   // loop: its body start is a branch target
	kIf                     // if: enters the then arm conditionally
	kElse                   // else: its arm is entered conditionally
	kEnd                    // end: a join point
	kBranch                 // br, br_if, br_table: control leaves
	kNoReturn               // return, unreachable: control leaves
	kLocal                  // local.get/set/tee: index to check
	kGlobal                 // global.get/set: index to check
	kMemoryGrow             // memory.grow: flag refused growth
	kBulk                   // bulk memory op whose top operand is an i32 byte count: charged per 2^BulkShift bytes
	kBulkTable              // bulk table op whose top operand is an i32 element count: charged per element
	kCanonF32               // scalar op whose f32 result may be a NaN
	kCanonF64               // scalar op whose f64 result may be a NaN
	kCanonF32x4             // vector op whose f32x4 result may hold NaNs
	kCanonF64x2             // vector op whose f64x2 result may hold NaNs
	kFuncRef                // call or ref.func: a function index, shifted by the added import
)

// instr is one decoded instruction: its kind, its byte span in the body and
// the index immediate where the rewriter needs it.
type instr struct {
	kind  kind
	start int
	end   int
	index uint32
}

var errUnsupported = errors.New("unsupported instruction")

// unsupportedError names an opcode the sandbox does not run.
type unsupportedError struct{ op string }

func (e *unsupportedError) Error() string { return "unsupported instruction " + e.op }
func (e *unsupportedError) Unwrap() error { return errUnsupported }

func unsupported(format string, args ...any) error {
	return &unsupportedError{op: fmt.Sprintf(format, args...)}
}

// blockType skips a block type: 0x40, a value type, or an s33 type index.
func (r *reader) blockType() error {
	if r.pos >= len(r.b) {
		return errTruncated
	}
	switch r.b[r.pos] {
	case 0x40, 0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f:
		r.pos++
		return nil
	}
	v, err := r.sleb(33)
	if err != nil {
		return err
	}
	if v < 0 {
		return fmt.Errorf("bad block type %d", v)
	}
	return nil
}

// memarg skips a memory argument (alignment and offset). Alignment values
// with bit 6 set announce a memory index (multi-memory), which the sandbox
// does not support.
func (r *reader) memarg() error {
	align, err := r.u32()
	if err != nil {
		return err
	}
	if align >= 64 {
		return unsupported("memory argument with alignment 2^%d", align)
	}
	_, err = r.u32()
	return err
}

// zeroByte reads a reserved immediate that must be zero (memory index 0).
func (r *reader) zeroByte() error {
	c, err := r.byte()
	if err != nil {
		return err
	}
	if c != 0 {
		return unsupported("with memory index %d (multi-memory)", c)
	}
	return nil
}

// next decodes one instruction of the WebAssembly 2.0 instruction set
// (MVP, sign extension, non-trapping conversions, bulk memory, reference
// types, multi-value and fixed-width SIMD). It rejects threads, tail calls,
// exception handling, relaxed SIMD and other proposals.
func (r *reader) next() (instr, error) {
	in := instr{start: r.pos}
	op, err := r.byte()
	if err != nil {
		return in, err
	}
	switch {
	case op == 0x00: // unreachable
		in.kind = kNoReturn
	case op == 0x01: // nop
	case op == 0x02:
		in.kind = kBlock
		err = r.blockType()
	case op == 0x03:
		in.kind = kLoop
		err = r.blockType()
	case op == 0x04:
		in.kind = kIf
		err = r.blockType()
	case op == 0x05:
		in.kind = kElse
	case op == 0x0b:
		in.kind = kEnd
	case op == 0x0c: // br
		in.kind = kBranch
		_, err = r.u32()
	case op == 0x0d: // br_if: falls through, so it need not end a segment
		_, err = r.u32()
	case op == 0x0e: // br_table
		in.kind = kBranch
		var n uint32
		if n, err = r.u32(); err != nil {
			break
		}
		for i := uint64(0); i <= uint64(n) && err == nil; i++ {
			_, err = r.u32()
		}
	case op == 0x0f: // return
		in.kind = kNoReturn
	case op == 0x10: // call
		in.kind = kFuncRef
		in.index, err = r.u32()
	case op == 0x11: // call_indirect
		if _, err = r.u32(); err == nil {
			_, err = r.u32()
		}
	case op == 0x1a, op == 0x1b: // drop, select
	case op == 0x1c: // select t*
		var n uint32
		if n, err = r.u32(); err == nil {
			err = r.skip(int(min(n, 1<<30)))
		}
	case op >= 0x20 && op <= 0x22: // local.get/set/tee
		in.kind = kLocal
		in.index, err = r.u32()
	case op == 0x23, op == 0x24: // global.get/set
		in.kind = kGlobal
		in.index, err = r.u32()
	case op == 0x25, op == 0x26: // table.get/set
		_, err = r.u32()
	case op >= 0x28 && op <= 0x3e: // loads and stores
		err = r.memarg()
	case op == 0x3f: // memory.size
		err = r.zeroByte()
	case op == 0x40: // memory.grow
		in.kind = kMemoryGrow
		err = r.zeroByte()
	case op == 0x41:
		_, err = r.sleb(32)
	case op == 0x42:
		_, err = r.sleb(64)
	case op == 0x43:
		err = r.skip(4)
	case op == 0x44:
		err = r.skip(8)
	case op >= 0x45 && op <= 0xc4: // numeric, no immediates
		in.kind = scalarKind(op)
	case op == 0xd0: // ref.null t
		_, err = r.byte()
	case op == 0xd1: // ref.is_null
	case op == 0xd2: // ref.func
		in.kind = kFuncRef
		in.index, err = r.u32()
	case op == 0xfc:
		err = r.prefixFC(&in)
	case op == 0xfd:
		err = r.prefixFD(&in)
	default:
		err = unsupported("0x%02x", op)
	}
	in.end = r.pos
	return in, err
}

// scalarKind marks the scalar float operations whose result may be a NaN
// with an unspecified sign and payload.
func scalarKind(op byte) kind {
	switch {
	case op >= 0x8d && op <= 0x97: // f32 ceil..max (abs/neg/copysign excluded)
		return kCanonF32
	case op >= 0x9b && op <= 0xa5: // f64 ceil..max
		return kCanonF64
	case op == 0xb6: // f32.demote_f64
		return kCanonF32
	case op == 0xbb: // f64.promote_f32
		return kCanonF64
	}
	return kPlain
}

func (r *reader) prefixFC(in *instr) error {
	sub, err := r.u32()
	if err != nil {
		return err
	}
	switch {
	case sub <= 7: // saturating truncation
		return nil
	case sub == 8: // memory.init data 0
		in.kind = kBulk
		if _, err := r.u32(); err != nil {
			return err
		}
		return r.zeroByte()
	case sub == 9: // data.drop
		_, err := r.u32()
		return err
	case sub == 10: // memory.copy 0 0
		in.kind = kBulk
		if err := r.zeroByte(); err != nil {
			return err
		}
		return r.zeroByte()
	case sub == 11: // memory.fill 0
		in.kind = kBulk
		return r.zeroByte()
	case sub == 12, sub == 14: // table.init elem table, table.copy table table
		in.kind = kBulkTable
		if _, err := r.u32(); err != nil {
			return err
		}
		_, err := r.u32()
		return err
	case sub == 13, sub == 16: // elem.drop, table.size
		_, err := r.u32()
		return err
	case sub == 15, sub == 17: // table.grow, table.fill
		in.kind = kBulkTable
		_, err := r.u32()
		return err
	}
	return unsupported("0xfc %d", sub)
}

func (r *reader) prefixFD(in *instr) error {
	sub, err := r.u32()
	if err != nil {
		return err
	}
	switch {
	case sub <= 11, sub == 92, sub == 93: // v128 loads and stores
		return r.memarg()
	case sub == 12, sub == 13: // v128.const, i8x16.shuffle
		return r.skip(16)
	case sub >= 21 && sub <= 34: // extract and replace lane
		return r.skip(1)
	case sub >= 84 && sub <= 91: // load and store lane
		if err := r.memarg(); err != nil {
			return err
		}
		return r.skip(1)
	case sub > 255:
		return unsupported("0xfd %d (relaxed SIMD or later)", sub)
	}
	switch sub {
	case 0x67, 0x68, 0x69, 0x6a, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0x5e:
		in.kind = kCanonF32x4
	case 0x74, 0x75, 0x7a, 0x94, 0xef, 0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0x5f:
		in.kind = kCanonF64x2
	}
	return nil
}
