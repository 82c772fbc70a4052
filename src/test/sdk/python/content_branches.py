"""The Python client's SubmissionContent branches do not overlap (issue 31).

    python3 content_branches.py SDK_DIR VALUE=Schema...

SDK_DIR holds the generated package `healthsec_sdk` (openapi-generator, python, default options);
each argument is one discriminator value and the schema of its branch, as the contract's mapping
says. For every branch, its `contentType` accepts its own value and refuses every other value: a
document matches one branch only, so the generated client (which tries every branch, the
discriminator notwithstanding) reads it as its type. Prints one line per branch; exits 1 on the first
overlap.
"""
import importlib
import re
import sys

sys.path.insert(0, sys.argv[1])
import healthsec_sdk  # noqa: E402  (the package generated into SDK_DIR)

pairs = [a.split("=", 1) for a in sys.argv[2:]]
values = [v for v, _ in pairs]
failures = []
for value, schema in pairs:
    module = importlib.import_module("healthsec_sdk.models." + re.sub(r"(?<!^)(?=[A-Z])", "_", schema).lower())
    branch = getattr(module, schema)
    if branch.content_type_validate_enum(value) != value:
        failures.append(f"{schema} refuses its own value {value}")
    accepted = []
    for other in values:
        if other == value:
            continue
        try:
            branch.content_type_validate_enum(other)
            accepted.append(other)
        except ValueError:
            pass
    if accepted:
        failures.append(f"{schema} also accepts {accepted}")
    print(f"{schema}: contentType {value} only")
print(f"healthsec_sdk {healthsec_sdk.__version__}: {len(pairs)} branches, " + ("overlaps: " + "; ".join(failures) if failures else "none overlapping"))
sys.exit(1 if failures else 0)
