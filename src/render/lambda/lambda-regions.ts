import {DEFAULT_REGION} from '@remotion/lambda-client/constants';
import {AWS_REGIONS, type AwsRegion} from '@remotion/lambda-client/regions';

/** Remotion's default region (`us-east-1`), where `npx remotion lambda` deploys when none is given. */
export {AWS_REGIONS, DEFAULT_REGION};

/** Whether `region` is one Remotion Lambda runs in. */
export const isLambdaRegion = (region: string): region is AwsRegion => (AWS_REGIONS as readonly string[]).includes(region);
