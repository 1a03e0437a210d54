import { didYouMean } from '../didYouMean.js';
import { error, type Rule } from './Rule.js';

/** The delivery methods (送达方式) an output may name. */
export const DELIVERY_METHODS = ['window', 'post', 'electronic'] as const;

/**
 * Delivery methods are known and offered by the channels.
 * Codes: `semantic/unknown-delivery-method`, `semantic/delivery-needs-post`, `semantic/delivery-needs-online`.
 *
 * @example
 * deliveryMatchesChannels(spec, (finding) => findings.push(finding));
 */
export const deliveryMatchesChannels: Rule = (spec, report) => {
  spec.outputs.forEach((output, outputIndex) => {
    output.delivery.forEach((method, index) => {
      const pointer = `/outputs/${outputIndex}/delivery/${index}`;
      if (!(DELIVERY_METHODS as readonly string[]).includes(method)) {
        report(
          error('semantic/unknown-delivery-method', pointer, {
            method,
            suggestion: didYouMean(method, DELIVERY_METHODS),
          }),
        );
      } else if (method === 'post' && spec.channels.post !== true) {
        report(error('semantic/delivery-needs-post', pointer));
      } else if (method === 'electronic' && spec.channels.online !== true) {
        report(error('semantic/delivery-needs-online', pointer));
      }
    });
  });
};
