"""The wheel carries migrations/, resources/templates, resources/icons and the compiled translations.

They stay where they are in the repository (top-level folders, used as they are by a checkout and by
build.spec); this build step copies them into the package as ``samverkan_desktop/_bundled/`` and compiles the
.qm files there, so nothing generated is committed and `config.bundle_root()` finds them in an installed wheel.
Everything else is in pyproject.toml; MANIFEST.in puts the folders into the sdist, so a wheel built from the
sdist is the same.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = ("migrations", "resources/templates", "resources/icons", "resources/guide")


class BuildPyWithBundledData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the checkout, where bundle_root() finds the folders
        sys.path.insert(0, str(ROOT / "tools"))
        from build_translations import compile_translations

        target = Path(self.build_lib) / "samverkan_desktop" / "_bundled"
        shutil.rmtree(target, ignore_errors=True)
        for folder in BUNDLED:
            shutil.copytree(ROOT / folder, target / folder,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".gitkeep"))
        compile_translations(ROOT / "resources" / "translations", target / "resources" / "translations")


setup(cmdclass={"build_py": BuildPyWithBundledData})
