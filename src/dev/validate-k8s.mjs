// Validates rendered Kubernetes manifests (a JSON array, argv[2]) against the Kubernetes OpenAPI
// schemas of kubernetes-models (and the Prometheus Operator's CRDs). Prints one line per object and
// exits 1 on the first invalid one. Run by HelmChartTest through src/dev/validate-k8s.sh.
import { readFileSync } from "node:fs";

const manifests = JSON.parse(readFileSync(process.argv[2], "utf8"));
const root = new URL("../../.lint/node_modules/", import.meta.url);
let valid = 0;
for (const m of manifests) {
  const group = m.apiVersion;
  const module = m.apiVersion.startsWith("monitoring.coreos.com/")
    ? `@kubernetes-models/prometheus-operator/${group}/${m.kind}.js`
    : `kubernetes-models/${group}/${m.kind}.js`;
  let Model;
  try {
    Model = (await import(new URL(module, root))).default ?? (await import(new URL(module, root)))[m.kind];
    if (!Model) Model = (await import(new URL(module, root)))[m.kind];
  } catch (e) {
    console.log(`no schema for ${m.apiVersion} ${m.kind}`);
    process.exit(1);
  }
  try {
    new Model(m).validate();
    valid++;
    console.log(`valid ${m.apiVersion} ${m.kind} ${m.metadata?.name}`);
  } catch (e) {
    console.log(`INVALID ${m.apiVersion} ${m.kind} ${m.metadata?.name}: ${e.message}`);
    process.exit(1);
  }
}
console.log(`${valid} of ${manifests.length} objects valid against the Kubernetes schemas`);
