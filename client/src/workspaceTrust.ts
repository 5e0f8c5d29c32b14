import * as vscode from 'vscode';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  ResponseError,
  type LanguageClient,
} from 'vscode-languageclient/node';

/**
 * Tells the server whether the workspace is trusted (VS Code workspace trust), as `workspaceTrusted`
 * in each `groupnote` settings answer: in Restricted Mode the server does not read the ICD-10-CM code
 * files a workspace's `.groupnote/config.yaml` names (VS Code itself already withholds the
 * workspace's own values of `groupnote.icd10.*`, listed in package.json `restrictedConfigurations`).
 */
export const configurationWithTrust: ConfigurationRequest.MiddlewareSignature = async (params, token, next) => {
  const answers = await next(params, token);
  if (answers instanceof ResponseError || !Array.isArray(answers)) return answers;
  return answers.map((answer: unknown, index) =>
    params.items[index]?.section === 'groupnote' && answer !== null && typeof answer === 'object'
      ? { ...answer, workspaceTrusted: vscode.workspace.isTrusted }
      : answer,
  );
};

/** When the user trusts the workspace, the server reads its settings again (and with them config.yaml's code files). */
export function refreshOnTrust(client: LanguageClient): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => {
    if (client.isRunning())
      void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null }).catch(() => undefined);
  });
}
