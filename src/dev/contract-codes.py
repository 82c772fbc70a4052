#!/usr/bin/env python3
"""Rewrites the enums and descriptions of Finding.code and FieldError.code in openapi/openapi.yaml
from src/main/resources/i18n/messages_en.properties (the one list of codes the service can emit;
OpenApiContractTest checks they agree). Run after adding a finding or field-error code."""
import re
from pathlib import Path

root = Path(__file__).resolve().parents[2]
msgs = {}
for line in (root / 'src/main/resources/i18n/messages_en.properties').read_text(encoding='utf-8').splitlines():
    if '=' in line and not line.startswith('#'):
        k, v = line.split('=', 1)
        msgs[k.strip()] = v.strip().replace('\\', '')

def block(prefix, intro):
    codes = sorted(k[len(prefix):] for k in msgs if k.startswith(prefix))
    lines = ['          description: |'] + ['            ' + l for l in intro] \
        + [f'            - `{c}`: {msgs[prefix + c]}' for c in codes] + ['          enum: [' + ', '.join(codes) + ']']
    return '\n'.join(lines) + '\n'

contract = root / 'openapi/openapi.yaml'
s = contract.read_text(encoding='utf-8')
for schema, prefix in (('Finding', 'finding.'), ('FieldError', 'field.')):
    start = s.index(f'\n    {schema}:\n')
    code = s.index('        code:\n          type: string\n', start) + len('        code:\n          type: string\n')
    end = s.index('\n', s.index('          enum: [', code)) + 1
    intro_lines = s[code:end].split('\n')[1:]
    intro = []
    for l in intro_lines:
        if l.strip().startswith('- `') or l.strip().startswith('enum: ['):
            break
        intro.append(l.strip())
    s = s[:code] + block(prefix, intro) + s[end:]
contract.write_text(s, encoding='utf-8')
