#!/bin/sh
# Seed 003 as its users have it: one PDF with the Camera di Pistoia's PIRA 2020 and then the
# Camera di Prato's. The two chambers' sample renderings (samples/pistoia2020, samples/prato2020,
# each made from its transcription by its make_pdf.py) are joined with Poppler's pdfunite, in
# both styles and mixed. Run from the repository's top folder.
set -eu
out=${1:-samples/pira2020}
pdfunite samples/pistoia2020/pistoia2020-rigata.pdf samples/prato2020/prato2020-rigata.pdf \
    "$out/pira2020-rigata.pdf"
pdfunite samples/pistoia2020/pistoia2020-semplice.pdf samples/prato2020/prato2020-semplice.pdf \
    "$out/pira2020-semplice.pdf"
pdfunite samples/pistoia2020/pistoia2020-rigata.pdf samples/prato2020/prato2020-semplice.pdf \
    "$out/pira2020-misto.pdf"
# Renderings of the same content by other producers (tests/renderings/): Pistoia's
# r01-reportlab, then Prato's r02-weasyprint.
pdfunite tests/renderings/pistoia2020/pdf/r01-reportlab.pdf \
    tests/renderings/prato2020/pdf/r02-weasyprint.pdf "$out/pira2020-altri.pdf"
