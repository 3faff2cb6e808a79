// JUnit XML of a test run, the shape CI servers read (Jenkins, GitLab,
// GitHub actions' test reporters): one <testsuite> per group of cases
// (unit, tools, a board), one <testcase> per case, a <failure> with the
// reason and the end of the output for each failed one.

const esc = (s) =>
  String(s)
    // XML 1.0 has no way to write most control characters: drop them.
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** The XML of `cases` ([{ suite, name, failure?, output? }]); `seconds`
 *  is the whole run's time. */
export function junitXml(cases, seconds) {
  const suites = new Map();
  for (const c of cases) {
    const s = c.suite || "ivt";
    if (!suites.has(s)) suites.set(s, []);
    suites.get(s).push(c);
  }
  const failures = cases.filter((c) => c.failure !== undefined).length;
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="ivt make test" tests="${cases.length}" failures="${failures}" time="${seconds.toFixed(1)}">`];
  for (const [name, list] of suites) {
    const bad = list.filter((c) => c.failure !== undefined).length;
    out.push(`  <testsuite name="${esc(name)}" tests="${list.length}" failures="${bad}">`);
    for (const c of list) {
      if (c.failure === undefined) {
        out.push(`    <testcase classname="${esc(name)}" name="${esc(c.name)}"/>`);
        continue;
      }
      const text = (c.output || "").split("\n").slice(-40).join("\n");
      out.push(`    <testcase classname="${esc(name)}" name="${esc(c.name)}">`);
      out.push(`      <failure message="${esc(c.failure)}">${esc(text)}</failure>`);
      out.push(`    </testcase>`);
    }
    out.push(`  </testsuite>`);
  }
  out.push(`</testsuites>`, "");
  return out.join("\n");
}
