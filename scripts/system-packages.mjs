// The first step of `npm test`: the programs the tests need from Debian (three browsers, Xvfb,
// the font of the visual tests, PostgreSQL for the receiver's tests). Missing ones are installed
// with apt-get when this may (as root, or when `sudo -n true` succeeds; it never prompts);
// otherwise the run stops at once with one sentence naming the packages.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/** @param {(string | undefined)[]} paths */
const anyOf = (...paths) => paths.some((path) => path && existsSync(path));
const initdb = () => {
  try {
    return readdirSync('/usr/lib/postgresql').some((v) =>
      existsSync(`/usr/lib/postgresql/${v}/bin/initdb`),
    );
  } catch {
    return false;
  }
};
const multiarch = ['x86_64-linux-gnu', 'aarch64-linux-gnu'];

/** Each Debian package, and whether what the tests take from it is here. */
const NEEDS = [
  {
    pkg: 'chromium',
    present: () =>
      anyOf(
        process.env.CHROME_PATH,
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
      ),
  },
  {
    pkg: 'firefox-esr',
    present: () => anyOf(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
  },
  {
    pkg: 'webkit2gtk-driver',
    present: () =>
      anyOf(process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver') &&
      anyOf(
        process.env.WEBKIT_BROWSER_PATH,
        ...multiarch.map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`),
      ),
  },
  { pkg: 'xvfb', present: () => anyOf('/usr/bin/Xvfb') },
  {
    pkg: 'fonts-liberation',
    present: () => anyOf('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'),
  },
  { pkg: 'postgresql', present: initdb },
];

const missing = () => NEEDS.filter((need) => !need.present()).map((need) => need.pkg);

const wanted = missing();
if (wanted.length) {
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (!apt || (!root && !sudo)) {
    console.error(
      `The tests need Debian's ${wanted.join(', ')}: install ${wanted.length > 1 ? 'them' : 'it'} (apt-get install ${wanted.join(' ')}) or run npm test as root or with passwordless sudo.`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian's ${wanted.join(', ')} for the tests.`);
  /** @param {[string, ...string[]]} args */
  const run = (...args) =>
    execFileSync(root ? args[0] : 'sudo', root ? args.slice(1) : ['-n', ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    run('apt-get', 'update', '-qq');
    run('apt-get', 'install', '-y', '-qq', ...wanted);
  } catch {
    console.error(
      `Installing Debian's ${wanted.join(', ')} failed: install them and run npm test again.`,
    );
    process.exit(1);
  }
  const still = missing();
  if (still.length) {
    console.error(
      `Debian's ${still.join(', ')} installed, but the tests still cannot find what they need from it.`,
    );
    process.exit(1);
  }
}
