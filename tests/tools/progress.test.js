// make test's report: the progress line's clock and the JUnit XML
// (tools/ivt/test.js clock, tools/ivt/junit.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { clock } from "../../tools/ivt/test.js";
import { junitXml } from "../../tools/ivt/junit.js";

test("the progress clock rounds to the second before it splits minutes (no 1:60)", () => {
  assert.equal(clock(0), "0:00");
  assert.equal(clock(59.4), "0:59");
  assert.equal(clock(59.6), "1:00");
  assert.equal(clock(119.7), "2:00");
  assert.equal(clock(330), "5:30");
});

test("JUnit XML: one testsuite per suite, failures with reason and output, all escaped", () => {
  const xml = junitXml([
    { suite: "sim", name: "a <b> & \"c\"" },
    { suite: "sim", name: "bad", failure: "exit 3", output: "line 1\n*** ivt TRAP <x>" },
    { suite: "unit", name: "u" },
  ], 12.34);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="ivt make test" tests="3" failures="1" time="12.3">/);
  assert.match(xml, /<testsuite name="sim" tests="2" failures="1">/);
  assert.match(xml, /<testsuite name="unit" tests="1" failures="0">/);
  assert.match(xml, /<testcase classname="sim" name="a &lt;b&gt; &amp; &quot;c&quot;"\/>/);
  assert.match(xml, /<failure message="exit 3">line 1\n\*\*\* ivt TRAP &lt;x&gt;<\/failure>/);
  assert.equal((xml.match(/<testcase /g) || []).length, 3);
});
