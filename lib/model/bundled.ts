/**
 * The committed weights (weights.json, rebuilt by `npm run train`), loaded once per extension page on
 * first use. Bundled into the background and the panel; the content script never imports the analyser.
 */
import weights from './weights.json';
import { loadModel, type Model, type WeightsFile } from './index';

let model: Model | undefined;

export function bundledModel(): Model {
  model ??= loadModel(weights as unknown as WeightsFile);
  return model;
}
