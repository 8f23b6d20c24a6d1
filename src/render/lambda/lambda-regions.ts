import {AWS_REGIONS, type AwsRegion} from '@remotion/lambda-client/regions';

export {AWS_REGIONS};

/** Remotion's default region, where `npx remotion lambda` deploys when none is given. */
export const DEFAULT_REGION: AwsRegion = 'us-east-1';

/** Whether `region` is one Remotion Lambda runs in. */
export const isLambdaRegion = (region: string): region is AwsRegion => (AWS_REGIONS as readonly string[]).includes(region);
