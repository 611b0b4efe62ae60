import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ApiError } from '../api/client';
import { allShownOnFields } from './fieldErrors';

interface ErrorMessageProps {
  error: ApiError | undefined;
  /** Form fields that show their own messages; the banner appears only for what they don't cover. */
  fields?: readonly string[];
  /** A title that says what failed, e.g. "Couldn't add the member". Defaults to the problem's title. */
  title?: string;
}

/** The problem the API reported, in words the user can act on. */
export function ErrorMessage({ error, fields, title }: ErrorMessageProps) {
  if (!error || (fields && allShownOnFields(error, fields))) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? error.title}</MessageBarTitle>
        {error.detail}
      </MessageBarBody>
    </MessageBar>
  );
}
