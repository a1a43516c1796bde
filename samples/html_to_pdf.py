"""Shared by the sample generators: HTML pages to PDF with LibreOffice (soffice, headless), through
ODT, because LibreOffice 7.4 drops an HTML page's first paragraph when converting it straight to
PDF. A throwaway HOME keeps LibreOffice's profile out of the user's."""
import os
import shutil
import subprocess
import tempfile


def html_to_pdf(pages, outdir):
    """pages: {name: html text}; writes outdir/name.pdf for each."""
    home = tempfile.mkdtemp()
    try:
        for name, text in pages.items():
            src = os.path.join(home, name + ".html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(text)
            for kind, source, dest in (("odt", src, home),
                                       ("pdf", os.path.join(home, name + ".odt"), outdir)):
                subprocess.run(["soffice", "--headless", "--convert-to", kind, "--outdir", dest,
                                source], env=dict(os.environ, HOME=home), check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(home)
