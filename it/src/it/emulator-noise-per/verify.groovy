import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def count = { String regex -> (log =~ regex).count }

// run 1 starts the emulator with a channel per submitted gate, run 2 per native gate; run 3 starts none
assert count(/noise per submitted gate\)/) == 1 : 'count of ' + /noise per submitted gate\)/
assert count(/noise per native gate\)/) == 1 : 'count of ' + /noise per native gate\)/
assert count(/IonQ emulator listening at/) == 2
// the same seeded job: a one-qubit channel after each of the 200 gates leaves over a quarter of the shots in |1>
// (0.365 with seed 5); with noise per native gate the compiled circuit has no gates (rz is virtual), so every shot stays in |0>
def submitted = new JsonSlurper().parse(new File(basedir, 'target/submitted/results/rz200.json'))
assert submitted['1'] > 0.25 : submitted
def nativeNoise = new JsonSlurper().parse(new File(basedir, 'target/native/results/rz200.json'))
assert nativeNoise == ['0': 1.0] || nativeNoise == ['0': 1] : nativeNoise
has('ionq.emulator.noise-per = "per-gate" is not one of its values: set ionq.emulator.noise-per=submitted or'
        + ' ionq.emulator.noise-per=native')
return true
