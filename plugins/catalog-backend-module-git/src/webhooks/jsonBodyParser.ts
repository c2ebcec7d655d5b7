import { InputError } from '@backstage/errors';
import { HttpBodyParser } from '@backstage/plugin-events-node';

/**
 * The events backend's `application/json` body parser, except that a body
 * that is not JSON is answered with 400 and the parser's reason instead of a
 * 500. (Body parsers are chosen by content type for all topics; this one
 * parses exactly as the default does.)
 */
export const jsonBodyParser: HttpBodyParser = async (
  request,
  parsedMediaType,
  topic,
) => {
  const bodyBuffer = request.body;
  if (!Buffer.isBuffer(bodyBuffer)) {
    throw new Error(
      `Failed to retrieve raw body from incoming event for topic ${topic}; not a buffer: ${typeof bodyBuffer}`,
    );
  }
  const encoding = parsedMediaType.parameters.charset ?? 'utf-8';
  if (!Buffer.isEncoding(encoding)) {
    throw new InputError(`Unsupported charset: ${encoding}`);
  }
  try {
    return {
      bodyParsed: JSON.parse(bodyBuffer.toString(encoding)),
      bodyBuffer,
      encoding,
    };
  } catch (error) {
    throw new InputError(
      `The body of a ${topic} event must be JSON: ${(error as Error).message}`,
    );
  }
};
