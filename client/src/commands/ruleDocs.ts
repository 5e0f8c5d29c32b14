import * as vscode from 'vscode';

const RULE_ID = /^GN[1-9][0-9]{2}$/;

interface RuleItem extends vscode.QuickPickItem {
  id: string;
}

/**
 * Opens docs/rules/<id>.md (shipped with the extension) in the Markdown preview. Without an id,
 * offers a quick pick of the documented rules. Returns the page opened, or undefined if cancelled.
 */
export async function showRuleDocs(extensionUri: vscode.Uri, ruleId?: unknown): Promise<vscode.Uri | undefined> {
  const docsDir = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
  let id = typeof ruleId === 'string' && ruleId.trim() ? ruleId.trim().toUpperCase() : undefined;
  if (!id) {
    const items = await ruleItems(docsDir);
    if (items.length === 0) throw new Error(`no rule documentation found in ${docsDir.fsPath}`);
    const picked = await vscode.window.showQuickPick(items, {
      title: 'GroupNote rules',
      placeHolder: 'Rule to read about',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    id = picked.id;
  }
  if (!RULE_ID.test(id)) throw new Error(`"${id}" is not a GroupNote rule id (GN followed by three digits, as GN301).`);
  const page = vscode.Uri.joinPath(docsDir, `${id}.md`);
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    throw new Error(`there is no documentation page for ${id}.`);
  }
  await showMarkdown(page);
  return page;
}

/** Opens docs/format.md (the note, roster and practice formats, shipped with the extension) in the preview. */
export async function showFormatReference(extensionUri: vscode.Uri): Promise<vscode.Uri> {
  const page = vscode.Uri.joinPath(extensionUri, 'docs', 'format.md');
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    throw new Error(`the format reference is missing from this installation (${page.fsPath}).`);
  }
  await showMarkdown(page);
  return page;
}

async function showMarkdown(page: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch {
    // The built-in Markdown extension is disabled: show the page as text instead.
    await vscode.window.showTextDocument(page, { preview: true });
  }
}

async function ruleItems(docsDir: vscode.Uri): Promise<RuleItem[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(docsDir);
  } catch {
    return [];
  }
  const ids = entries
    .filter(([name, type]) => type === vscode.FileType.File && /^GN[0-9]{3}\.md$/.test(name))
    .map(([name]) => name.slice(0, -3))
    .sort();
  return Promise.all(
    ids.map(async (id) => ({ id, label: id, ...(await pageSummary(vscode.Uri.joinPath(docsDir, `${id}.md`), id)) })),
  );
}

/** The page's title (first heading without the rule id, e.g. "required-field") and its first paragraph. */
async function pageSummary(page: vscode.Uri, id: string): Promise<{ description: string; detail: string }> {
  try {
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(page)).split(/\r?\n/);
    const headingAt = lines.findIndex((line) => /^#\s+/.test(line));
    const description =
      headingAt < 0
        ? ''
        : lines[headingAt]
            .replace(/^#\s+/, '')
            .replace(new RegExp(`^${id}\\b\\s*[-—–:·]*\\s*`), '')
            .trim();
    const detail =
      lines
        .slice(headingAt + 1)
        .find((line) => line.trim() && !/^[#<>|`-]/.test(line.trim()))
        ?.trim() ?? '';
    return { description, detail };
  } catch {
    return { description: '', detail: '' };
  }
}
