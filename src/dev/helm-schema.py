#!/usr/bin/env python3
"""Writes helm/healthsec-reporting/values.schema.json from values.yaml: each key's type from its
default, its description from the "# --" comment above it (HelmChartTest checks both agree and that
every key is described). Run after changing values.yaml."""
import json, re
from pathlib import Path
import yaml

root = Path(__file__).resolve().parents[2]
chart = root / 'helm/healthsec-reporting'
text = (chart / 'values.yaml').read_text(encoding='utf-8')
values = yaml.safe_load(text)

# Comments: "# -- text" (and continuation "# text") directly above "key:" at some indentation.
descriptions, stack, pending = {}, [], []
for line in text.splitlines():
    m = re.match(r'^(\s*)# -- (.*)$', line)
    if m:
        pending = [m.group(2)]
        continue
    m = re.match(r'^(\s*)# (.*)$', line)
    if m and pending:
        pending.append(m.group(2))
        continue
    m = re.match(r'^(\s*)([A-Za-z0-9_.\-/]+):', line)
    if m:
        indent = len(m.group(1)) // 2
        stack = stack[:indent] + [m.group(2)]
        if pending:
            descriptions['.'.join(stack)] = ' '.join(pending)
        pending = []
    elif not line.strip():
        pending = []

def schema(value, path):
    d = descriptions.get(path)
    if isinstance(value, bool):
        s = {'type': 'boolean'}
    elif isinstance(value, int):
        s = {'type': 'integer', 'minimum': 0}
    elif isinstance(value, str):
        s = {'type': ['string', 'integer', 'number']} if re.fullmatch(r'[0-9.]+', value) else {'type': 'string'}
    elif isinstance(value, list):
        s = {'type': 'array'}
    elif isinstance(value, dict):
        free = path in ('policy', 'extraEnv', 'podLabels', 'podAnnotations', 'nodeSelector', 'ingress.annotations',
                        'networkPolicy.ingressNamespaceSelector', 'networkPolicy.monitoringNamespaceSelector')
        s = {'type': 'object'}
        if free:
            s['additionalProperties'] = {'type': ['string', 'integer', 'number', 'boolean']}
        else:
            s['additionalProperties'] = False
            s['properties'] = {k: schema(v, f'{path}.{k}' if path else k) for k, v in value.items()}
    else:
        s = {}
    if d:
        s['description'] = d
    return s

out = schema(values, '')
out = {'$schema': 'https://json-schema.org/draft-07/schema#', 'title': 'healthsec-reporting values', **out}
out['properties']['replicaCount']['minimum'] = 2
(chart / 'values.schema.json').write_text(json.dumps(out, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
print('values.schema.json:', len(descriptions), 'descriptions')
