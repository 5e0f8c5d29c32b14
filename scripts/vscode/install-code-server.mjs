#!/usr/bin/env node
// Installs code-server (VS Code's server and workbench, from the npm registry) into a
// cache folder outside the repository, in this order: Debian packages first, then npm with --ignore-scripts (its
// scripts download
// ripgrep, which is not reachable here), then the native modules rebuilt by hand.
// Idempotent: a complete install leaves a marker file and a second run returns at once.
//
// Usage: node scripts/vscode/install-code-server.mjs [--force | --unit-tests]
//        --unit-tests: only the Debian packages the unit tests need (poppler); npm test runs it before mocha
// Env:   GROUPNOTE_CACHE  base cache folder (default ~/.cache/groupnote)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CODE_SERVER_VERSION, codeServerBin, installDir, markerFile } from './paths.mjs';

const DEBIAN_PACKAGES = [
  'libkrb5-dev',
  'libx11-dev',
  'libxkbfile-dev',
  'libsecret-1-dev',
  'pkg-config',
  'ripgrep',
  'chromium',
];
// Not for code-server: the unit tests read PDFs back with pdftotext, pdffonts and pdfinfo (poppler).
const UNIT_TEST_PACKAGES = ['poppler-utils'];
const VSCODE_NATIVES = [
  '@parcel/watcher',
  '@vscode/spdlog',
  'kerberos',
  'native-watchdog',
  'node-pty',
  '@vscode/deviceid',
];

const log = (msg) => console.log(`[install-code-server] ${msg}`);

function fail(msg) {
  console.error(`[install-code-server] ERROR: ${msg}`);
  process.exit(1);
}

function run(cmd, args, cwd, extraEnv = {}) {
  const where = cwd.startsWith(installDir()) ? path.relative(installDir(), cwd) || '.' : cwd;
  log(`${where}$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      npm_config_unsafe_perm: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      ...extraEnv,
    },
  });
  if (r.error) fail(`could not run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) fail(`'${cmd} ${args.join(' ')}' exited with ${r.status} (in ${cwd})`);
}

function missingDebianPackages(packages) {
  return packages.filter((pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function ensureDebianPackages(packages) {
  const missing = missingDebianPackages(packages);
  if (missing.length === 0) return;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    fail(
      `missing Debian packages: ${missing.join(' ')}. Install them as root: apt-get update && apt-get install -y ` +
        `${missing.join(' ')}`,
    );
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], '/', env);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], '/', env);
}

/** Creates (or replaces) a symlink `link` pointing at `target`. */
function symlink(target, link) {
  fs.mkdirSync(path.dirname(link), { recursive: true });
  try {
    const st = fs.lstatSync(link);
    if (st.isSymbolicLink() && fs.readlinkSync(link) === target) return;
    fs.rmSync(link, { recursive: true, force: true });
  } catch {
    // does not exist yet
  }
  fs.symlinkSync(target, link);
}

function installCodeServer() {
  const dir = installDir();
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'groupnote-code-server-cache', private: true }, null, 2),
  );
  run(
    'npm',
    ['install', '--ignore-scripts', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`],
    dir,
  );

  const pkgDir = path.join(dir, 'node_modules', 'code-server');
  const vscodeDir = path.join(pkgDir, 'lib', 'vscode');
  if (!fs.existsSync(path.join(vscodeDir, 'package.json')))
    fail(`unexpected code-server layout: ${vscodeDir} has no package.json`);

  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], vscodeDir);

  const rg = '/usr/bin/rg';
  if (!fs.existsSync(rg)) fail(`${rg} not found (Debian package ripgrep)`);
  symlink(rg, path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'));

  run('npm', ['rebuild', ...VSCODE_NATIVES], vscodeDir, { npm_config_yes: 'true' });

  symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  symlink('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  symlink('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));

  run('npm', ['rebuild', 'argon2'], dir);

  if (!fs.existsSync(codeServerBin())) fail(`code-server entry point missing: ${codeServerBin()}`);
  run(process.execPath, [codeServerBin(), '--version'], dir);
  fs.writeFileSync(
    markerFile(),
    JSON.stringify(
      { version: CODE_SERVER_VERSION, node: process.versions.node, installedAt: new Date().toISOString() },
      null,
      2,
    ) + '\n',
  );
}

function isInstalled() {
  try {
    const marker = JSON.parse(fs.readFileSync(markerFile(), 'utf8'));
    // Native modules are built for one Node ABI: a different major version means rebuild.
    return (
      marker.version === CODE_SERVER_VERSION &&
      marker.node.split('.')[0] === process.versions.node.split('.')[0] &&
      fs.existsSync(codeServerBin())
    );
  } catch {
    return false;
  }
}

const force = process.argv.includes('--force');
const started = Date.now();
if (process.argv.includes('--unit-tests')) {
  ensureDebianPackages(UNIT_TEST_PACKAGES);
  process.exit(0);
}
ensureDebianPackages([...DEBIAN_PACKAGES, ...UNIT_TEST_PACKAGES]);
if (!force && isInstalled()) {
  log(`code-server ${CODE_SERVER_VERSION} already installed in ${installDir()}`);
} else {
  if (force) fs.rmSync(installDir(), { recursive: true, force: true });
  else fs.rmSync(markerFile(), { force: true });
  log(`installing code-server ${CODE_SERVER_VERSION} into ${installDir()} (takes a few minutes once)`);
  installCodeServer();
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}
