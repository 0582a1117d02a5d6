// Package wasmtest encodes small WebAssembly modules for tests: hand-written
// fixtures (a loop that never ends, a guest that grows memory forever, float
// edge cases) without a text-format toolchain. It covers only what the tests
// of the compute packages need and does no validation; wazero does that.
package wasmtest

import "encoding/binary"

// Value types.
const (
	I32  byte = 0x7f
	I64  byte = 0x7e
	F32  byte = 0x7d
	F64  byte = 0x7c
	V128 byte = 0x7b
)

// FuncType is a function signature.
type FuncType struct {
	Params, Results []byte
}

// Import is an imported function.
type Import struct {
	Module, Name string
	Type         uint32
}

// Func is a defined function. Body is the expression including its final
// end (0x0b).
type Func struct {
	Type   uint32
	Locals []byte // one value type per local
	Body   []byte
}

// Export exports a function (Kind 0), memory (2) or global (3).
type Export struct {
	Name  string
	Kind  byte
	Index uint32
}

// Global is a defined global with a constant initializer expression
// (including its end).
type Global struct {
	Type    byte
	Mutable bool
	Init    []byte
}

// Module is a module to encode.
type Module struct {
	Types   []FuncType
	Imports []Import
	Funcs   []Func
	// Memory, when MemoryMin > 0 or HasMemory, declares memory 0.
	HasMemory bool
	MemoryMin uint32
	MemoryMax uint32 // 0: no maximum
	// Elems, when not empty, declares a funcref table 0 of that size and an
	// active element segment filling it from offset 0.
	Elems   []uint32
	Globals []Global
	Exports []Export
	Start   *uint32
	// Data is an active segment at offset DataOffset of memory 0.
	Data       []byte
	DataOffset uint32
}

// U32 appends v as unsigned LEB128.
func U32(b []byte, v uint32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// S64 appends v as signed LEB128.
func S64(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// Op concatenates instruction bytes, for readable bodies.
func Op(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

// I32Const returns i32.const v.
func I32Const(v int32) []byte { return S64([]byte{0x41}, int64(v)) }

// I64Const returns i64.const v.
func I64Const(v int64) []byte { return S64([]byte{0x42}, v) }

// F64Const returns f64.const v given its bits.
func F64Const(bits uint64) []byte { return binary.LittleEndian.AppendUint64([]byte{0x44}, bits) }

// F32Const returns f32.const v given its bits.
func F32Const(bits uint32) []byte { return binary.LittleEndian.AppendUint32([]byte{0x43}, bits) }

// LocalGet returns local.get i.
func LocalGet(i uint32) []byte { return U32([]byte{0x20}, i) }

// LocalSet returns local.set i.
func LocalSet(i uint32) []byte { return U32([]byte{0x21}, i) }

// GlobalGet returns global.get i.
func GlobalGet(i uint32) []byte { return U32([]byte{0x23}, i) }

// Call returns call f.
func Call(f uint32) []byte { return U32([]byte{0x10}, f) }

// Br returns br l; BrIf returns br_if l.
func Br(l uint32) []byte   { return U32([]byte{0x0c}, l) }
func BrIf(l uint32) []byte { return U32([]byte{0x0d}, l) }

// Encode returns the binary module.
func (m *Module) Encode() []byte {
	out := []byte("\x00asm\x01\x00\x00\x00")
	sec := func(id byte, body []byte) {
		out = append(out, id)
		out = U32(out, uint32(len(body)))
		out = append(out, body...)
	}
	vec := func(n int) []byte { return U32(nil, uint32(n)) }
	name := func(b []byte, s string) []byte { return append(U32(b, uint32(len(s))), s...) }

	if len(m.Types) > 0 {
		b := vec(len(m.Types))
		for _, t := range m.Types {
			b = append(b, 0x60)
			b = append(U32(b, uint32(len(t.Params))), t.Params...)
			b = append(U32(b, uint32(len(t.Results))), t.Results...)
		}
		sec(1, b)
	}
	if len(m.Imports) > 0 {
		b := vec(len(m.Imports))
		for _, im := range m.Imports {
			b = name(name(b, im.Module), im.Name)
			b = U32(append(b, 0x00), im.Type)
		}
		sec(2, b)
	}
	if len(m.Funcs) > 0 {
		b := vec(len(m.Funcs))
		for _, f := range m.Funcs {
			b = U32(b, f.Type)
		}
		sec(3, b)
	}
	if len(m.Elems) > 0 {
		b := vec(1)
		b = U32(append(b, 0x70, 0x00), uint32(len(m.Elems)))
		sec(4, b)
	}
	if m.HasMemory || m.MemoryMin > 0 {
		b := vec(1)
		if m.MemoryMax > 0 {
			b = U32(U32(append(b, 0x01), m.MemoryMin), m.MemoryMax)
		} else {
			b = U32(append(b, 0x00), m.MemoryMin)
		}
		sec(5, b)
	}
	if len(m.Globals) > 0 {
		b := vec(len(m.Globals))
		for _, g := range m.Globals {
			mut := byte(0)
			if g.Mutable {
				mut = 1
			}
			b = append(append(b, g.Type, mut), g.Init...)
		}
		sec(6, b)
	}
	if len(m.Exports) > 0 {
		b := vec(len(m.Exports))
		for _, e := range m.Exports {
			b = U32(append(name(b, e.Name), e.Kind), e.Index)
		}
		sec(7, b)
	}
	if m.Start != nil {
		sec(8, U32(nil, *m.Start))
	}
	if len(m.Elems) > 0 {
		b := append(vec(1), 0x00)
		b = append(append(b, I32Const(0)...), 0x0b)
		b = U32(b, uint32(len(m.Elems)))
		for _, f := range m.Elems {
			b = U32(b, f)
		}
		sec(9, b)
	}
	if len(m.Funcs) > 0 {
		b := vec(len(m.Funcs))
		for _, f := range m.Funcs {
			var body []byte
			body = U32(body, uint32(len(f.Locals)))
			for _, l := range f.Locals {
				body = append(body, 0x01, l)
			}
			body = append(body, f.Body...)
			b = append(U32(b, uint32(len(body))), body...)
		}
		sec(10, b)
	}
	if len(m.Data) > 0 {
		b := vec(1)
		b = append(b, 0x00)
		b = append(b, I32Const(int32(m.DataOffset))...)
		b = append(b, 0x0b)
		b = append(U32(b, uint32(len(m.Data))), m.Data...)
		sec(11, b)
	}
	return out
}
