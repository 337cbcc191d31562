def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }

has('Gave up awaiting IonQ jobs after 4s: no request reached 127.0.0.1:1')
has('Check the network')
has('ionq.base-url')
has('ionq.connect.give-up-after')
// the await did retry (progress lines with the failed poll went through Maven's log) ...
matches(/\[INFO\] .*last poll failed, retrying: .*cannot connect to http:\/\/127\.0\.0\.1:1/)
// the client's own messages went through Maven's log: its retry of one request, and the await's failed round
matches(/(?m)^\[DEBUG\] IonQ GET \/v0\.4\/jobs\?ids=7b1e52a4-3f8d-4c55-9a0e-0c6d2f1e9a01 failed \(ConnectException\); attempt 2 of 6 in \d+ ms$/)
matches(/(?m)^\[DEBUG\] Fetching 1 pending job\(s\) failed; retrying next round: .*127\.0\.0\.1:1/)
// ... and no java.util.logging line leaked: "Dec 04, 2026 3:39:28 AM io.github…" / "INFO: …"
assert !(log =~ /(?m)^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} [AP]M /).find() : 'a JUL header line leaked'
assert !(log =~ /(?m)^(INFO|WARNING|SEVERE|FINE): /).find() : 'a JUL message line leaked'
assert !log.contains('it-unreachable-key-0001') : 'the API key was logged'
// it stopped well before the 60m timeout
def total = (log =~ /Total time:\s+([0-9.]+) (s|min)/)
assert total.find() && (total.group(2) == 's' || Double.parseDouble(total.group(1)) < 2.0)
return true
