"""Writes the request bodies of the intake benchmarks into the folder given: filing.json (the
README's MLPS example) and incident.json (the contract's reportIncident example, discovered an hour
ago, so that every clock is met)."""
import datetime
import json
import sys

work = sys.argv[1]
with open("src/test/resources/examples/mlps-filing.json", encoding="utf-8") as f:
    filing = json.load(f)
discovered = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=1)
incident = {
    "discoveredAt": discovered.strftime("%Y-%m-%dT%H:%M:%SZ"), "category": "RANSOMWARE", "declaredGrade": "LARGE",
    "impact": {"personalInformationSubjectsAffected": 1200000, "personalInformationSubjectsLeaked": 1200000,
               "directEconomicLossYuan": 800000, "importantDataInvolved": False, "coreDataInvolved": False},
    "affectedNetworks": ["his-core", "pacs"],
    "systemOverview": "三级甲等综合医院；医院信息系统（HIS，第三级）与影像归档系统（PACS）",
    "description": "凌晨起多台服务器文件被加密，勒索信要求支付比特币；门诊挂号、收费中断",
    "suspectedCrime": True, "measuresTaken": "已断网隔离受感染服务器，启用应急预案，切换手工流程",
    "individualsNotified": {"notified": False}, "contact": {"name": "王主任", "phone": "13800138000"},
}
for name, body in (("filing.json", filing), ("incident.json", incident)):
    with open(f"{work}/{name}", "w", encoding="utf-8") as f:
        json.dump(body, f, ensure_ascii=False, separators=(",", ":"))
