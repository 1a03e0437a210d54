export { default as serviceItemSchema } from '../service-item.schema.json' with { type: 'json' };
export type {
  FormStep,
  LocalizedText,
  Material,
  Output,
  ServiceItemSpec,
  Stage,
} from './serviceItem.generated.js';
