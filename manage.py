#!/usr/bin/env python
"""Django's command-line utility for Shoal."""

import os
import sys

#: Django's own options: a command line holding one goes through Django even for ``anonymize``.
_DJANGO_OPTIONS = (
    "--settings",
    "--pythonpath",
    "--traceback",
    "--no-color",
    "--force-color",
    "-v",
    "--verbosity",
)


def main() -> None:
    if (
        len(sys.argv) > 1
        and sys.argv[1] == "anonymize"
        and not any(a.startswith(_DJANGO_OPTIONS) for a in sys.argv)
    ):
        # The engine needs neither a database nor Django's app registry: skip the setup (about a
        # second of start-up); same options, output and exit codes as the management command.
        from pathlib import Path

        from anonymize.cli import EXIT_OK
        from anonymize.cli import main as anonymize_main

        code = anonymize_main(sys.argv[2:], prog=f"{Path(sys.argv[0]).name} anonymize")
        if code != EXIT_OK:
            sys.stderr.write("CommandError: anonymisation failed (see the message above)\n")
        sys.exit(code)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
