#!/usr/bin/env python3
"""Makes the damaged .xls files of tests/fuzz/regressions/xls: valid LibreOffice workbooks of the
repository with one declared length raised past the bytes there are. libfreexl 1.0.6 trusts each
of these lengths and reads past its buffers when it opens the file (AddressSanitizer stops it);
pira refuses them first (src/readers/xls_strings.hpp, xls_extent.cpp).

  dir-name-65535.xls        the Root Entry's name declares 65,535 bytes (MS-CFB allows 64):
                            libfreexl's iconv reads 65,535 bytes from a 512-byte sector copy
                            (the finding of the first fuzzing run, 2026-12-02)
  format-utf16-65535.xls    a FORMAT record's string declares 65,535 UTF-16 characters in
                            12 bytes: libfreexl copies 131,070 bytes from its 64 KB record buffer
  sst-continue-65535.xls    the SST's first string declares 65,535 UTF-16 characters; libfreexl
                            reads the rest of them (122,858 bytes) from the 3,137-byte CONTINUE
  boundsheet-name-255.xls   a sheet's name declares 255 UTF-16 characters in a 15-byte record
                            (libfreexl reads stale bytes of its buffer: no ASan report, refused)

Usage: make_damaged_xls.py SOURCE_DIR OUT_DIR"""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_huge_xls  # noqa: E402


class Compound:
    """An OLE compound file's directory and its Workbook stream, mapped byte by byte to offsets
    in the file (regular sectors or mini sectors of the root entry's stream)."""

    def __init__(self, data):
        self.data = bytearray(data)
        self.sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        fat_sectors = struct.unpack_from("<109I", data, 0x4C)[:struct.unpack_from("<I", data, 0x2C)[0]]
        self.fat = []
        for s in fat_sectors:
            self.fat += struct.unpack_from("<%dI" % (self.sector // 4), data, (s + 1) * self.sector)
        self.entries = []  # (file offset, name)
        for s in self.chain(struct.unpack_from("<I", data, 0x30)[0], self.fat):
            for off in range(0, self.sector, 128):
                at = (s + 1) * self.sector + off
                n = struct.unpack_from("<H", data, at + 0x40)[0]
                self.entries.append((at, data[at:at + min(n, 64)].decode("utf-16le").rstrip("\0")))
        root = self.entry("Root Entry")
        book = self.entry("Workbook")
        start, size = struct.unpack_from("<II", data, book + 0x74)
        if size < struct.unpack_from("<I", data, 0x38)[0]:
            mini_fat = []
            for s in self.chain(struct.unpack_from("<I", data, 0x3C)[0], self.fat):
                mini_fat += struct.unpack_from("<%dI" % (self.sector // 4), data, (s + 1) * self.sector)
            holders = self.chain(struct.unpack_from("<I", data, root + 0x74)[0], self.fat)
            per = self.sector // 64
            self.offsets = [(holders[m // per] + 1) * self.sector + (m % per) * 64 + i
                            for m in self.chain(start, mini_fat) for i in range(64)][:size]
        else:
            self.offsets = [(s + 1) * self.sector + i
                            for s in self.chain(start, self.fat) for i in range(self.sector)][:size]

    @staticmethod
    def chain(first, table):
        out = []
        while first != 0xFFFFFFFE:
            out.append(first)
            first = table[first]
        return out

    def entry(self, name):
        return next(at for at, n in self.entries if n == name)

    def records(self, wanted):
        """(stream offset of the body, length) of each record of type `wanted`."""
        stream = bytes(self.data[o] for o in self.offsets)
        i, found = 0, []
        while i + 4 <= len(stream):
            kind, length = struct.unpack_from("<HH", stream, i)
            if kind == wanted:
                found.append((i + 4, length))
            i += 4 + length
        return found

    def put(self, stream_offset, raw):
        for k, b in enumerate(raw):
            self.data[self.offsets[stream_offset + k]] = b


def dir_name(c):
    struct.pack_into("<H", c.data, c.entry("Root Entry") + 0x40, 0xFFFF)


def format_utf16(c):
    body, _ = c.records(0x041E)[0]
    c.put(body + 2, struct.pack("<HB", 0xFFFF, 0x01))


def sst_continue(c):
    body, _ = c.records(0x00FC)[0]
    c.put(body + 8, struct.pack("<HB", 0xFFFF, 0x01))  # split at once: the rest in CONTINUE
    continued, _ = c.records(0x003C)[0]
    c.put(continued, b"\x01")  # the rest as UTF-16


def boundsheet_name(c):
    body, _ = c.records(0x0085)[0]
    c.put(body + 6, b"\xff\x01")


def main():
    source, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(source, "tests", "workbook", "hostile", "huge-dimensions.xls"), "rb") as f:
        small = make_huge_xls.patch(f.read(), 2, 7)  # the extent LibreOffice wrote, mini stream
    with open(os.path.join(source, "samples", "workbooks", "relazione2025-semplice.xls"), "rb") as f:
        large = f.read()  # a regular stream whose SST goes on in a CONTINUE record
    for name, base, damage in [("dir-name-65535.xls", small, dir_name),
                               ("format-utf16-65535.xls", small, format_utf16),
                               ("sst-continue-65535.xls", large, sst_continue),
                               ("boundsheet-name-255.xls", small, boundsheet_name)]:
        c = Compound(base)
        damage(c)
        with open(os.path.join(out, name), "wb") as f:
            f.write(c.data)


if __name__ == "__main__":
    main()
