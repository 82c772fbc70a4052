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

# Route reasons (Route.reason, InboxEntry.reason): one per route.* message.
s = contract.read_text(encoding='utf-8')
def replace_enum(s, schema, description_lines, values):
    start = s.index(f'\n    {schema}:\n')
    d0 = s.index('      description: |\n', start) + len('      description: |\n')
    e0 = s.index('      enum: [', d0)
    e1 = s.index('\n', e0) + 1
    body = ''.join('        ' + l + '\n' for l in description_lines)
    return s[:d0] + body + '      enum: [' + ', '.join(values) + ']\n' + s[e1:]

reasons = sorted(k[len('route.'):] for k in msgs if k.startswith('route.'))
s = replace_enum(s, 'RouteReason',
                 ['Why an authority received an inbox entry; `reasonText` says it in the reader\'s language.'
                  ' New reasons may be added (clients treat an unknown one as "other").']
                 + [f'- `{r}`: {msgs["route." + r]}' for r in reasons], reasons)

# The error catalogue (Problem.type): one URI per ProblemType, with its status and both titles.
zh = {}
for line in (root / 'src/main/resources/i18n/messages_zh.properties').read_text(encoding='utf-8').splitlines():
    if '=' in line and not line.startswith('#'):
        k, v = line.split('=', 1)
        zh[k.strip()] = v.strip()
java = (root / 'src/main/java/cn/healthsec/reporting/problem/ProblemType.java').read_text(encoding='utf-8')
types = re.findall(r'^\s+[A-Z_]+\((\d{3}), "([a-z-]+)"\)', java, re.M)
base = re.search(r'BASE_URI = "([^"]+)"', java).group(1)
lines = ['The kind of problem: a stable URI per kind, with its HTTP status and its title in English and Chinese.',
         'New kinds may be added (clients treat an unknown one by its status).']
for status, slug in types:
    lines.append(f'- `{base}{slug}` ({status}): {msgs["problem." + slug + ".title"]} / {zh["problem." + slug + ".title"]}')
s = replace_enum(s, 'ProblemType', lines, [base + slug for _, slug in types])
# URIs are no names: the generated enums get names of their own.
at = s.index('\n', s.index('      enum: [', s.index('\n    ProblemType:\n'))) + 1
if s.startswith('      x-enum-varnames:', at):
    s = s[:at] + s[s.index('\n', at) + 1:]
s = s[:at] + '      x-enum-varnames: [' + ', '.join(slug.upper().replace('-', '_') for _, slug in types) + ']\n' + s[at:]
contract.write_text(s, encoding='utf-8')
